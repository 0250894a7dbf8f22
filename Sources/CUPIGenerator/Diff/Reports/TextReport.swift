/// The default report: grouped by level, one change per block, for a terminal or a log.
struct TextReport {
    let report: DiffReport
    /// ANSI colours; the CLI turns them on only for a terminal without `NO_COLOR`.
    let colored: Bool

    func render() -> String {
        var lines = ["cupi-gen diff: \(report.oldName) → \(report.newName)", report.headline]
        if report.changes.isEmpty {
            lines.append("")
            lines.append("No changes.")
        }
        for level in Change.Level.allCases {
            let changes = report.changes(level)
            guard !changes.isEmpty else { continue }
            lines.append("")
            lines.append(paint("\(DiffReport.title(level).uppercased()) (\(changes.count))", level))
            for change in changes {
                lines.append("  \(paint("[\(change.rule)]", level)) \(Self.clean(change.message))")
                var details = ["at \(Self.clean(change.path))", change.direction.rawValue]
                if let symbol = change.symbol { details.append("Swift \(Self.clean(symbol))") }
                if let old = change.old { details.append("old \(Self.clean(old.description))") }
                if let new = change.new { details.append("new \(Self.clean(new.description))") }
                lines.append("      " + dim(details.joined(separator: " · ")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ level: Change.Level) -> String {
        guard colored else { return text }
        let code = switch level {
        case .breaking: "1;31"
        case .warning: "1;33"
        case .info: "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func dim(_ text: String) -> String { colored ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Schema text reaches the terminal: control characters (escape sequences included) are
    /// shown as `?` so a description cannot drive the terminal.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }
}
