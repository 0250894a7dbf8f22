/// The report for a pull request or an upgrade ticket: a summary table, then one table per level.
struct MarkdownReport {
    let report: DiffReport

    func render() -> String {
        var lines = [
            "# Schema diff: \(Self.code(report.oldName)) → \(Self.code(report.newName))", "",
            "| Level | Changes |", "|---|---:|",
        ]
        for level in Change.Level.allCases { lines.append("| \(DiffReport.title(level)) | \(report.changes.count(level)) |") }
        if report.ignoredCount > 0 { lines.append("| Ignored | \(report.ignoredCount) |") }
        if report.changes.isEmpty { lines += ["", "No changes."] }
        for level in Change.Level.allCases {
            let changes = report.changes(level)
            guard !changes.isEmpty else { continue }
            lines += ["", "## \(DiffReport.title(level)) (\(changes.count))", "",
                      "| Rule | Direction | Change | Swift symbol | Old | New |", "|---|---|---|---|---|---|"]
            for change in changes {
                let cells = [Self.code(change.rule), change.direction.rawValue, Self.text(change.message),
                             change.symbol.map(Self.code) ?? "", change.old.map { Self.code($0.description) } ?? "",
                             change.new.map { Self.code($0.description) } ?? ""]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Plain table text: pipes, HTML and Markdown punctuation escaped, line breaks flattened,
    /// so schema text can neither break the table nor inject markup.
    static func text(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~": result += "\\\(character)"
            case "&": result += "&amp;"
            case "\n", "\r", "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span; text with a backtick or pipe falls back to escaped plain text.
    static func code(_ value: String) -> String {
        value.contains(where: { "`|\n\r".contains($0) }) ? text(value) : "`\(value)`"
    }
}
