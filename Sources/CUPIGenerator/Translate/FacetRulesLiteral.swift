/// A `FacetRules(…)` expression for generated code: every value from the schema goes through
/// `SwiftLiteral`, so a pattern or a bound can never become code.
enum FacetRulesLiteral {
    static func make(_ facets: Facets, builtin: String) -> String {
        var arguments: [String] = []
        func integer(_ label: String, _ value: Int?) { if let value { arguments.append("\(label): \(value)") } }
        func text(_ label: String, _ value: String?) { if let value { arguments.append("\(label): \(SwiftLiteral.string(value))") } }
        integer("length", facets.length)
        integer("minLength", facets.minLength)
        integer("maxLength", facets.maxLength)
        if !facets.patterns.isEmpty {
            let steps = facets.patterns.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }
            arguments.append("patterns: [" + steps.joined(separator: ", ") + "]")
        }
        text("minInclusive", facets.minInclusive)
        text("maxInclusive", facets.maxInclusive)
        text("minExclusive", facets.minExclusive)
        text("maxExclusive", facets.maxExclusive)
        integer("totalDigits", facets.totalDigits)
        integer("fractionDigits", facets.fractionDigits)
        let declared = facets.whiteSpace.flatMap { ["preserve", "replace", "collapse"].contains($0) ? "." + $0 : nil }
        if let whiteSpace = declared ?? BuiltinSwiftType.whiteSpace(builtin) {
            arguments.append("whiteSpace: \(whiteSpace)")
        }
        arguments.append("kind: \(BuiltinSwiftType.valueKind(builtin))")
        return "CUPIRuntime.FacetRules(" + arguments.joined(separator: ", ") + ")"
    }
}
