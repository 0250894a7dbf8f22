import LibXML

/// The facets one restriction step declares, before merging with its base's.
struct DeclaredFacets {
    /// `patterns` holds at most one step: this restriction's patterns.
    var facets = Facets()
    var enumeration: [EnumerationValue] = []
    /// Children that are not facets (an anonymous base, attributes in simpleContent, …), for the caller.
    var otherChildren: [SchemaNode] = []

    /// The effective facets of a type whose base has `base`: each facet given here overrides
    /// the base's, and this step's patterns are added as a step of their own (a value must
    /// match one pattern of every step).
    func merged(onto base: Facets) -> Facets {
        Facets(
            length: facets.length ?? base.length,
            minLength: facets.minLength ?? base.minLength,
            maxLength: facets.maxLength ?? base.maxLength,
            patterns: base.patterns + facets.patterns,
            minInclusive: facets.minInclusive ?? base.minInclusive,
            maxInclusive: facets.maxInclusive ?? base.maxInclusive,
            minExclusive: facets.minExclusive ?? base.minExclusive,
            maxExclusive: facets.maxExclusive ?? base.maxExclusive,
            totalDigits: facets.totalDigits ?? base.totalDigits,
            fractionDigits: facets.fractionDigits ?? base.fractionDigits,
            whiteSpace: facets.whiteSpace ?? base.whiteSpace)
    }
}

extension SchemaResolver {
    /// The facets among `children` (the content of an `xs:restriction`).
    func readFacets(_ children: [SchemaNode]) -> DeclaredFacets {
        var declared = DeclaredFacets()
        var patterns: [String] = []
        for child in children {
            // Enumeration and pattern values are strings whose spaces matter; the others are collapsed.
            guard let raw = child.element.attribute("value") else {
                if Self.facetNames.contains(child.kind) {
                    report(.error("xs:\(child.kind) has no value", at: child.location))
                } else {
                    declared.otherChildren.append(child)
                }
                continue
            }
            let value = raw.trimmingXMLWhitespace()
            switch child.kind {
            case "enumeration":
                declared.enumeration.append(EnumerationValue(value: raw, documentation: child.documentation, location: child.location))
            case "pattern":
                // Java-flavoured patterns (`\,`, `\w` inside ranges, …) are common in schemas that
                // Java tools accept; a pattern libxml2 cannot compile could not be checked anyway.
                if XMLRegex(raw) == nil {
                    report(.warning("pattern '\(raw)' is not an XML Schema regular expression; it is ignored", at: child.location))
                } else {
                    patterns.append(raw)
                }
            case "length": declared.facets.length = count(value, of: child)
            case "minLength": declared.facets.minLength = count(value, of: child)
            case "maxLength": declared.facets.maxLength = count(value, of: child)
            case "totalDigits": declared.facets.totalDigits = count(value, of: child, positive: true)
            case "fractionDigits": declared.facets.fractionDigits = count(value, of: child)
            case "minInclusive": declared.facets.minInclusive = value
            case "maxInclusive": declared.facets.maxInclusive = value
            case "minExclusive": declared.facets.minExclusive = value
            case "maxExclusive": declared.facets.maxExclusive = value
            case "whiteSpace":
                if ["preserve", "replace", "collapse"].contains(value) {
                    declared.facets.whiteSpace = value
                } else {
                    report(.error("invalid whiteSpace '\(value)': expected preserve, replace or collapse", at: child.location))
                }
            default:
                declared.otherChildren.append(child)
            }
        }
        if !patterns.isEmpty { declared.facets.patterns = [patterns] }
        return declared
    }

    static let facetNames: Set<String> = [
        "enumeration", "pattern", "length", "minLength", "maxLength", "totalDigits", "fractionDigits",
        "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "whiteSpace",
    ]

    /// The value of a facet that counts (characters, items or digits); nil (reported) when it is not
    /// a non-negative (or, for `totalDigits`, positive) integer.
    private func count(_ value: String, of node: SchemaNode, positive: Bool = false) -> Int? {
        guard let number = Int(value), number >= (positive ? 1 : 0) else {
            let expected = positive ? "a positive integer" : "a non-negative integer"
            report(.error("invalid xs:\(node.kind) '\(value)': expected \(expected)", at: node.location))
            return nil
        }
        return number
    }
}
