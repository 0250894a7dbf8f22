/// Facets of a simple type: each one that narrows the allowed values is `facet-tightened`,
/// each one that widens them `facet-relaxed`, a change that does neither `facet-changed`.
extension DiffRun {
    mutating func compareFacets(_ a: Facets, _ b: Facets, _ place: TypePlace) {
        guard a != b else { return }
        var found: [(DiffRule, String)] = []
        func limit(_ name: String, _ x: Int?, _ y: Int?, narrowerWhenSmaller: Bool) {
            guard x != y else { return }
            let text = "\(name) \(x.map(String.init) ?? "(none)") → \(y.map(String.init) ?? "(none)")"
            switch (x, y) {
            case (nil, _): found.append((.facetTightened, text))
            case (_, nil): found.append((.facetRelaxed, text))
            case let (x?, y?): found.append(((y < x) == narrowerWhenSmaller ? .facetTightened : .facetRelaxed, text))
            }
        }
        if a.length != b.length {
            let text = "length \(a.length.map(String.init) ?? "(none)") → \(b.length.map(String.init) ?? "(none)")"
            found.append((a.length == nil ? .facetTightened : b.length == nil ? .facetRelaxed : .facetChanged, text))
        }
        limit("minLength", a.minLength, b.minLength, narrowerWhenSmaller: false)
        limit("maxLength", a.maxLength, b.maxLength, narrowerWhenSmaller: true)
        limit("totalDigits", a.totalDigits, b.totalDigits, narrowerWhenSmaller: true)
        limit("fractionDigits", a.fractionDigits, b.fractionDigits, narrowerWhenSmaller: true)
        if let change = Self.patternChange(a.patterns, b.patterns) { found.append(change) }
        if let change = Self.boundChange("lower bound", Bound(a, lower: true), Bound(b, lower: true), lower: true) { found.append(change) }
        if let change = Self.boundChange("upper bound", Bound(a, lower: false), Bound(b, lower: false), lower: false) { found.append(change) }
        for (rule, text) in found {
            report(rule, place.direction, at: place.path, "type \(Self.display(place.name)): \(text)",
                   old: place.old, new: place.new, symbol: place.symbol)
        }
    }

    /// Patterns of every derivation step must all match; a step added narrows, a step gone widens.
    private static func patternChange(_ a: [[String]], _ b: [[String]]) -> (DiffRule, String)? {
        let before = Set(a.map { Set($0) }), after = Set(b.map { Set($0) })
        guard before != after else { return nil }
        let spell = { (steps: [[String]]) in steps.isEmpty ? "(none)" : steps.map { $0.joined(separator: " | ") }.joined(separator: " & ") }
        let text = "pattern \(spell(a)) → \(spell(b))"
        if before.isSubset(of: after) { return (.facetTightened, text) }
        if after.isSubset(of: before) { return (.facetRelaxed, text) }
        return (.facetChanged, text)
    }

    private static func boundChange(_ name: String, _ a: Bound?, _ b: Bound?, lower: Bool) -> (DiffRule, String)? {
        guard a != b else { return nil }
        let text = "\(name) \(a?.description ?? "(none)") → \(b?.description ?? "(none)")"
        guard let a else { return (.facetTightened, text) }
        guard let b else { return (.facetRelaxed, text) }
        // Bounds of dates and durations are compared only when equal as text.
        guard let x = Double(a.value), let y = Double(b.value) else { return (.facetChanged, text) }
        let narrower = lower ? (y > x || (y == x && b.exclusive && !a.exclusive)) : (y < x || (y == x && b.exclusive && !a.exclusive))
        return (narrower ? .facetTightened : .facetRelaxed, text)
    }
}

/// One end of a value range: inclusive or exclusive, as written.
private struct Bound: Equatable, CustomStringConvertible {
    var value: String
    var exclusive: Bool

    init?(_ facets: Facets, lower: Bool) {
        let inclusive = lower ? facets.minInclusive : facets.maxInclusive
        let exclusive = lower ? facets.minExclusive : facets.maxExclusive
        guard let value = exclusive ?? inclusive else { return nil }
        self.value = value
        self.exclusive = exclusive != nil
    }

    var description: String { exclusive ? "\(value) (exclusive)" : value }
}
