/// The outcome of one diff, ready to render: the two inputs as the user named them, the changes
/// that count and how many the ignore file accepted. Every format renders the same content in
/// the same order, so they can be compared with each other and against golden files.
public struct DiffReport: Sendable, Hashable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json, html
    }

    public var oldName: String
    public var newName: String
    /// The changes, in report order (`SchemaDiff.compare` returns them so).
    public var changes: [Change]
    /// Changes the ignore file accepted; they appear in no section.
    public var ignoredCount: Int

    public init(oldName: String, newName: String, changes: [Change], ignoredCount: Int = 0) {
        self.oldName = oldName
        self.newName = newName
        self.changes = changes
        self.ignoredCount = ignoredCount
    }

    /// The report as text in `format`. `colored` applies to `text` only: ANSI colours for a terminal.
    public func render(_ format: Format, colored: Bool = false) -> String {
        switch format {
        case .text: TextReport(report: self, colored: colored).render()
        case .markdown: MarkdownReport(report: self).render()
        case .json: JSONReport(report: self).render()
        case .html: HTMLReport(report: self).render()
        }
    }

    /// The changes of `level`, in report order.
    func changes(_ level: Change.Level) -> [Change] { changes.filter { $0.level == level } }

    /// `3 breaking, 1 warning, 12 info`.
    var headline: String {
        let warnings = changes.count(.warning)
        var text = "\(changes.count(.breaking)) breaking, \(warnings) warning\(warnings == 1 ? "" : "s"), \(changes.count(.info)) info"
        if ignoredCount > 0 { text += " (\(ignoredCount) ignored)" }
        return text
    }

    static func title(_ level: Change.Level) -> String {
        switch level {
        case .breaking: "Breaking"
        case .warning: "Warning"
        case .info: "Info"
        }
    }
}
