import LibXML

/// Documentation as plain text: the same text however a schema or WADL indents it.
enum DocumentationText {
    /// `raw` with each line's trailing space and the lines' common indentation removed, and
    /// leading and trailing blank lines dropped; nil when nothing is left.
    static func normalize(_ raw: String) -> String? {
        var lines = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var line = line
                while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
                return line
            }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        return lines.map { $0.dropFirst(min(indent, $0.count)) }.joined(separator: "\n")
    }

    /// The text of several documentation elements, each normalized, joined by a blank line.
    static func join(_ elements: [XMLElement], title: (XMLElement) -> String? = { _ in nil }) -> String? {
        let parts = elements.compactMap { element -> String? in
            let text = normalize(element.text)
            switch (title(element).flatMap(normalize), text) {
            case let (title?, text?): return "\(title)\n\n\(text)"
            case let (title?, nil): return title
            case let (nil, text): return text
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}
