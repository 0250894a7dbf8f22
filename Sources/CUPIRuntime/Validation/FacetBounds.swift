/// The bound facets (`minInclusive`, `maxInclusive`, `minExclusive`, `maxExclusive`) and
/// kind-aware equality for `enumeration`.
///
/// Only a definite violation is reported: where XSD's order is partial (durations, dates with and
/// without time zones) an undecided comparison passes, in keeping with accepting what may be valid.
enum FacetBounds {
    /// The rules `value` (already whitespace-normalized) violates.
    static func violations(of value: String, in rules: FacetRules) -> [String] {
        let bounds: [(name: String, bound: String?, violatedBy: Set<XSDOrder>)] = [
            ("minInclusive", rules.minInclusive, [.less]),
            ("maxInclusive", rules.maxInclusive, [.greater]),
            ("minExclusive", rules.minExclusive, [.less, .equal]),
            ("maxExclusive", rules.maxExclusive, [.greater, .equal]),
        ]
        guard bounds.contains(where: { $0.bound != nil }) else { return [] }
        switch rules.kind {
        case .string, .other:
            return []
        case .float:
            // NaN is incomparable with everything, so it satisfies no bound.
            if let number = XSDFloatingPoint.parse(value).flatMap(Double.init), number.isNaN {
                return bounds.compactMap { facet in facet.bound.map { "\(facet.name) \($0)" } }
            }
        default:
            break
        }
        guard parses(value, kind: rules.kind) else { return ["type \(name(of: rules.kind))"] }
        var violations: [String] = []
        for (facet, bound, violatedBy) in bounds {
            guard let bound else { continue }
            guard parses(bound, kind: rules.kind) else {
                violations.append("\(facet) (invalid)")
                continue
            }
            if let order = order(value, bound, kind: rules.kind), violatedBy.contains(order) {
                violations.append("\(facet) \(bound)")
            }
        }
        return violations
    }

    /// Whether two normalized lexical forms denote the same value of `kind`.
    static func equal(_ lhs: String, _ rhs: String, kind: ValueKind) -> Bool {
        if lhs == rhs { return true }
        switch kind {
        case .decimal, .float, .dateTime, .date, .time, .duration:
            return order(lhs, rhs, kind: kind) == .equal
        case .string, .other:
            return false
        }
    }

    private static func parses(_ text: String, kind: ValueKind) -> Bool {
        switch kind {
        case .decimal: XSDDecimal(text) != nil
        case .float: XSDFloatingPoint.parse(text).flatMap(Double.init) != nil
        case .dateTime, .date, .time: XSDDateTime(text, kind: kind) != nil
        case .duration: XSDDuration(text) != nil
        case .string, .other: true
        }
    }

    private static func order(_ lhs: String, _ rhs: String, kind: ValueKind) -> XSDOrder? {
        switch kind {
        case .decimal:
            guard let a = XSDDecimal(lhs), let b = XSDDecimal(rhs) else { return nil }
            return a < b ? .less : b < a ? .greater : .equal
        case .float:
            guard let a = XSDFloatingPoint.parse(lhs).flatMap(Double.init),
                  let b = XSDFloatingPoint.parse(rhs).flatMap(Double.init), !a.isNaN, !b.isNaN else { return nil }
            return a < b ? .less : b < a ? .greater : .equal
        case .dateTime, .date, .time:
            guard let a = XSDDateTime(lhs, kind: kind), let b = XSDDateTime(rhs, kind: kind) else { return nil }
            return XSDDateTime.order(a, b)
        case .duration:
            guard let a = XSDDuration(lhs), let b = XSDDuration(rhs) else { return nil }
            return XSDDuration.order(a, b)
        case .string, .other:
            return nil
        }
    }

    private static func name(of kind: ValueKind) -> String {
        switch kind {
        case .decimal: "decimal"
        case .float: "double"
        case .dateTime: "dateTime"
        case .date: "date"
        case .time: "time"
        case .duration: "duration"
        case .string: "string"
        case .other: "other"
        }
    }
}
