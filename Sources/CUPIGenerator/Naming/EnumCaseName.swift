import Foundation

/// The case name of an enumeration value or a WADL option: the value itself when it reads as a
/// word (`Supervised`), else the label its documentation starts with (`1` documented
/// "Supervised: …"), else the value spelled out (`value1`, `star`).
enum EnumCaseName {
    static func make(_ value: String, documentation: String?) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.first?.isLetter == true { return SwiftIdentifier.memberName(trimmed) }
        if let documentation, let colon = documentation.firstIndex(of: ":") {
            let label = documentation[..<colon]
            if label.count <= 40, label.first?.isLetter == true, label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }) {
                return SwiftIdentifier.memberName(String(label))
            }
        }
        if trimmed.isEmpty { return "empty" }
        // Symbols are spelled out (`*` → star, `-1` → valueMinus1), so that `*` and `#` keys
        // do not both become a bare `value`.
        let spelled = trimmed.map { character -> String in
            symbolNames[character].map { " \($0) " } ?? String(character)
        }.joined()
        let isSymbolsOnly = trimmed.allSatisfy { symbolNames[$0] != nil }
        return SwiftIdentifier.memberName(isSymbolsOnly ? spelled : "value " + spelled)
    }

    private static let symbolNames: [Character: String] = [
        "*": "star", "#": "pound", "+": "plus", "-": "minus", ".": "dot", "/": "slash", "@": "at",
        "&": "and", "%": "percent", "$": "dollar", "!": "bang", "?": "question", "=": "equals", "~": "tilde",
    ]
}
