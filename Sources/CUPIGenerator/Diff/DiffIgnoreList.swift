/// Known changes to accept, read from the file `cupi-gen diff --ignore FILE` names.
///
/// One entry per line: a rule id (or `*` for any rule), then optionally a path pattern, the rest
/// of the line, matched against a change's path (shown in text and JSON reports) where `*`
/// stands for any run of characters. Lines starting with `#` and blank lines are skipped.
///
///     # TenantObjectId arrived with multi-tenancy in 10.5(2)
///     optional-field-added */TenantObjectId
///     documentation-changed
///     * GET tenants*
public struct DiffIgnoreList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// Nil matches any rule.
        public var rule: String?
        /// Nil matches any path.
        public var pattern: String?
        public var location: SourceLocation
    }

    public private(set) var entries: [Entry] = []

    /// An empty list, which accepts nothing.
    public init() {}

    /// Reads `text` (the file `file`); unknown rule ids are errors, so a typo cannot silently
    /// accept nothing.
    public static func parse(_ text: String, file: String) -> (list: DiffIgnoreList, diagnostics: [Diagnostic]) {
        var list = DiffIgnoreList(), diagnostics: [Diagnostic] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let location = SourceLocation(file: file, line: offset + 1)
            let rule = String(line.prefix { $0 != " " && $0 != "\t" })
            let rest = line.dropFirst(rule.count).trimmingCharacters(in: " \t")
            if rule != "*", DiffRule.named(rule) == nil {
                diagnostics.append(.error("unknown diff rule '\(rule)'; the rules are listed in docs/diff-rules.md", at: location))
                continue
            }
            list.entries.append(Entry(rule: rule == "*" ? nil : rule, pattern: rest.isEmpty ? nil : rest, location: location))
        }
        return (list, diagnostics)
    }

    /// Whether some entry accepts `change`.
    public func accepts(_ change: Change) -> Bool {
        entries.contains { entry in
            (entry.rule == nil || entry.rule == change.rule) && (entry.pattern.map { Self.matches(change.path, $0) } ?? true)
        }
    }

    /// `changes` without the accepted ones, and how many were accepted.
    public func apply(to changes: [Change]) -> (kept: [Change], ignored: Int) {
        let kept = changes.filter { !accepts($0) }
        return (kept, changes.count - kept.count)
    }

    /// Wildcard match where `*` is any run of characters, everything else literal.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let text = Array(text), pattern = Array(pattern)
        var t = 0, p = 0, star: Int?, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] != "*", pattern[p] == text[t] {
                t += 1; p += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; resume = t; p += 1
            } else if let star {
                p = star + 1; resume += 1; t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        let start = firstIndex { !characters.contains($0) } ?? endIndex
        let end = lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
