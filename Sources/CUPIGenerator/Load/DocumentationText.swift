import LibXML

/// Documentation as plain text: the same text however a schema or WADL indents it.
enum DocumentationText {
    /// `raw` with each line's trailing space and the lines' common indentation removed, and
    /// leading and trailing blank lines dropped; nil when nothing is left.
    static func normalize(_ raw: String) -> String? {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        if !raw.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            // One line, as most documentation is: the same result without splitting and joining.
            var line = raw.drop(while: isSpace)
            while let last = line.last, isSpace(last) { line.removeLast() }
            return line.isEmpty ? nil : String(line)
        }
        var lines = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var line = line
                while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
                return line
            }
        // Text that starts on the tag's own line (`<doc>First line`) is unindented there while
        // the lines after it are indented: such a first line does not count for the indent.
        let startsOnTagLine = lines.count > 1 && !(lines.first?.allSatisfy { $0 == " " || $0 == "\t" } ?? true)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        let counted = startsOnTagLine ? lines.dropFirst() : lines[...]
        let indent = counted.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        return lines.enumerated().map { index, line in
            startsOnTagLine && index == 0 ? line.drop { $0 == " " || $0 == "\t" } : line.dropFirst(min(indent, line.count))
        }.joined(separator: "\n")
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
