/// Turns schema names into Swift identifiers: idiomatic case, ASCII only, keywords escaped.
/// Schema text never reaches the output except through here or `SwiftLiteral`.
enum SwiftIdentifier {
    /// The words of `name`: split at anything not an ASCII letter or digit, and at case changes
    /// (`DtmfAccessId` → Dtmf, Access, Id; `CallhandlerURI` → Callhandler, URI; `XMLSchema` → XML, Schema).
    static func words(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(name) }
        var words: [String] = []
        for chunk in name.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            let characters = Array(chunk)
            var start = 0
            for index in 1..<max(characters.count, 1) {
                let previous = characters[index - 1], current = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && current.isUppercase
                let acronymEnd = previous.isUppercase && current.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd {
                    words.append(String(characters[start..<index]))
                    start = index
                }
            }
            if start < characters.count { words.append(String(characters[start...])) }
        }
        return words
    }

    /// `words` for an ASCII name (nearly every schema name), over bytes instead of `Character`s,
    /// which made naming a sixth of the generator's time on large schemas. Same rules.
    private static func asciiWords(_ name: String) -> [String] {
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let bytes = Array(name.utf8)
        var words: [String] = []
        var start: Int?
        for index in bytes.indices {
            let current = bytes[index]
            guard isUpper(current) || isLower(current) || isDigit(current) else {
                if let first = start { words.append(String(decoding: bytes[first..<index], as: UTF8.self)) }
                start = nil
                continue
            }
            guard let first = start else { start = index; continue }
            let previous = bytes[index - 1]
            let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(current)
            let acronymEnd = isUpper(previous) && isUpper(current) && index + 1 < bytes.count && isLower(bytes[index + 1])
            if lowerToUpper || acronymEnd {
                words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                start = index
            }
        }
        if let first = start { words.append(String(decoding: bytes[first..<bytes.count], as: UTF8.self)) }
        return words
    }

    /// `UpperCamelCase`, keeping acronyms as written (`CallhandlerURI`).
    static func typeName(_ name: String) -> String {
        let joined = words(name).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return guarded(joined.isEmpty ? "Unnamed" : joined)
    }

    /// `lowerCamelCase`: the first word lower-cased whole (`URI` → `uri`, `DtmfAccessId` →
    /// `dtmfAccessId`), later words capitalized and otherwise kept (`callhandlerURI`).
    static func memberName(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "unnamed" }
        let joined = first.lowercased() + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return guarded(joined)
    }

    /// An identifier cannot start with a digit.
    private static func guarded(_ identifier: String) -> String {
        identifier.first?.isNumber == true ? "_" + identifier : identifier
    }

    /// `identifier` as it may appear in code: keywords in backticks.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// `identifier` as an argument label at a call site, where only `inout`, `var` and `let`
    /// need backticks.
    static func label(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Swift's reserved words, which need backticks as names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "async", "package", "consume", "copy", "discard", "borrowing",
        "consuming", "each", "some", "any", "Type", "Protocol", "_",
    ]
}
