/// Turns schema names into Swift identifiers: idiomatic case, ASCII only, keywords escaped.
/// Schema text never reaches the output except through here or `SwiftLiteral`.
enum SwiftIdentifier {
    /// The words of `name`: split at anything not an ASCII letter or digit, and at case changes
    /// (`DtmfAccessId` → Dtmf, Access, Id; `CallhandlerURI` → Callhandler, URI; `XMLSchema` → XML, Schema).
    static func words(_ name: String) -> [String] {
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
