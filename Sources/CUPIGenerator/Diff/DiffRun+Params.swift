/// Params, matched by style and name: request params the client sends, response header
/// params it reads.
extension DiffRun {
    mutating func compareParams(_ before: [Parameter], _ after: [Parameter], _ direction: Change.Direction,
                                in label: String, operations: (Operation, Operation)) {
        let matching = Matching(before, after) { "\($0.style.rawValue) \($0.name)" }
        for (_, param) in matching.removed {
            report(.paramRemoved, direction, at: Self.path(param, label), "\(label): \(Self.describe(param)) removed",
                   old: param.location, new: nil, symbol: old.symbols.operation(operations.0))
        }
        for (_, param) in matching.added {
            let rule: DiffRule = param.required ? .paramAddedRequired : .paramAddedOptional
            report(rule, direction, at: Self.path(param, label),
                   "\(label): \(param.required ? "required " : "")\(Self.describe(param)) added",
                   old: nil, new: param.location, symbol: new.symbols.operation(operations.1))
        }
        for (_, x, y) in matching.matched {
            compareParam(x, y, direction, in: label, symbol: new.symbols.operation(operations.1))
        }
    }

    private mutating func compareParam(_ x: Parameter, _ y: Parameter, _ direction: Change.Direction,
                                       in label: String, symbol: String?) {
        let path = Self.path(y, label)
        let subject = "\(label): \(Self.describe(y))"
        if x.required != y.required {
            report(y.required ? .paramBecameRequired : .paramBecameOptional, direction, at: path,
                   "\(subject) became \(y.required ? "required" : "optional")", old: x.location, new: y.location, symbol: symbol)
        }
        compareReference(x.type, y.type, of: subject, direction, at: path, old: x.location, new: y.location, symbol: symbol)
        compareValue(x.defaultValue, y.defaultValue, .defaultChanged, "default", of: subject, direction,
                     at: path, old: x.location, new: y.location, symbol: symbol)
        compareValue(x.fixedValue, y.fixedValue, .fixedChanged, "fixed value", of: subject, direction,
                     at: path, old: x.location, new: y.location, symbol: symbol)
        compareOptions(x, y, direction, subject: subject, path: path, symbol: symbol)
        compareDocumentation(x.documentation, y.documentation, of: subject, direction,
                             at: path, old: x.location, new: y.location, symbol: symbol)
    }

    // Options are the param's enumeration; an empty list allows any value of its type.
    private mutating func compareOptions(_ x: Parameter, _ y: Parameter, _ direction: Change.Direction,
                                         subject: String, path: String, symbol: String?) {
        let values = { (param: Parameter) in param.options.map { Self.quoted($0.value) }.joined(separator: ", ") }
        switch (x.options.isEmpty, y.options.isEmpty) {
        case (true, true):
            return
        case (true, false):
            report(.facetTightened, direction, at: path, "\(subject): now restricted to \(values(y))",
                   old: x.location, new: y.location, symbol: symbol)
        case (false, true):
            report(.facetRelaxed, direction, at: path, "\(subject): no longer restricted to \(values(x))",
                   old: x.location, new: y.location, symbol: symbol)
        case (false, false):
            let options = Matching(x.options, y.options) { $0.value }
            for (key, _) in options.removed {
                report(.enumValueRemoved, direction, at: "\(path)=\(key)", "\(subject): option \(Self.quoted(key)) removed",
                       old: x.location, new: y.location, symbol: symbol)
            }
            for (key, _) in options.added {
                report(.enumValueAdded, direction, at: "\(path)=\(key)", "\(subject): option \(Self.quoted(key)) added",
                       old: x.location, new: y.location, symbol: symbol)
            }
            for (key, a, b) in options.matched {
                compareDocumentation(a.documentation, b.documentation, of: "\(subject) option \(Self.quoted(key))", direction,
                                     at: "\(path)=\(key)", old: x.location, new: y.location, symbol: symbol)
            }
        }
    }

    /// Reports a default or fixed value that appears, changes or goes.
    mutating func compareValue(_ before: String?, _ after: String?, _ rule: DiffRule, _ what: String, of subject: String,
                               _ direction: Change.Direction, at path: String, old: SourceLocation?, new: SourceLocation?,
                               symbol: String?) {
        guard before != after else { return }
        let text = switch (before, after) {
        case (nil, let value?): "\(what) \(Self.quoted(value)) added"
        case (let value?, nil): "\(what) \(Self.quoted(value)) removed"
        default: "\(what) \(Self.quoted(before ?? "")) → \(Self.quoted(after ?? ""))"
        }
        report(rule, direction, at: path, "\(subject): \(text)", old: old, new: new, symbol: symbol)
    }

    static func quoted(_ value: String) -> String { "\"\(value)\"" }

    private static func path(_ param: Parameter, _ label: String) -> String { "\(label) \(param.style.rawValue):\(param.name)" }

    private static func describe(_ param: Parameter) -> String { "\(param.style.rawValue) param \(param.name)" }
}
