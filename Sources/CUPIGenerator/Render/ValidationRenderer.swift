/// `Validation.swift`: `validate()` for every generated type, checking every facet and
/// occurrence bound the schema states and reporting each violation with its path.
struct ValidationRenderer {
    let module: GeneratedModule
    /// The types of this file (`ModelFiles`); the first also holds `XSDBuiltinRules`.
    let slice: FileSlice

    func render(into writer: inout CodeWriter) {
        if slice.isFirst, !module.builtinRules.isEmpty {
            writer.line()
            writer.documentation(["Bounds of built-in types that their Swift types do not enforce."])
            // Not private: the validators of every file read it.
            writer.block("enum \(FixedDeclarations.builtinRules)") { body in
                for rule in module.builtinRules { body.line("static let \(rule.name) = \(rule.rules)") }
            }
        }
        for record in slice.records {
            writer.line()
            writer.block("extension \(record.name): CUPIRuntime.Validatable") { body in
                body.block("\(module.witnessAccess) func validate(at path: Swift.String, into issues: inout [CUPIRuntime.ValidationIssue])") { function in
                    let statements = record.properties.flatMap(checks)
                    if statements.isEmpty { function.line("_ = (path, issues)") }
                    function.lines(statements)
                }
            }
        }
        for choice in slice.choices {
            writer.line()
            writer.block("extension \(choice.name): CUPIRuntime.Validatable") { body in
                body.block("\(module.witnessAccess) func validate(at path: Swift.String, into issues: inout [CUPIRuntime.ValidationIssue])") { function in
                    function.block("switch self") { cases in
                        for alternative in choice.alternatives {
                            let caseName = SwiftIdentifier.escaped(alternative.caseName)
                            guard alternative.isValidatable else {
                                cases.line("case .\(caseName): break")
                                continue
                            }
                            let at = alternative.xmlName.map { "CUPIRuntime.ValidationIssue.path(path, \(SwiftLiteral.string($0.localName)))" } ?? "path"
                            cases.line("case .\(caseName)(let value):")
                            if alternative.isArray {
                                cases.line("    for (index, item) in value.enumerated() { item.validate(at: \(at) + \"[\\(index + 1)]\", into: &issues) }")
                            } else {
                                cases.line("    value.validate(at: \(at), into: &issues)")
                            }
                        }
                    }
                }
            }
        }
        for enumeration in slice.enumerations {
            writer.line()
            writer.block("extension \(enumeration.name): CUPIRuntime.Validatable") { body in
                if let rules = enumeration.rules { body.line("static let rules = \(rules)") }
                body.block("\(module.witnessAccess) func validate(at path: Swift.String, into issues: inout [CUPIRuntime.ValidationIssue])") { function in
                    function.line("if case .unknown(let value) = self { issues.append(CUPIRuntime.ValidationIssue(path: path, rule: \"enumeration\", value: value)) }")
                    if enumeration.rules != nil { function.line("Self.rules.check(lexical, at: path, into: &issues)") }
                }
            }
        }
        for simple in slice.simpleTypes {
            writer.line()
            writer.block("extension \(simple.name): CUPIRuntime.Validatable") { body in
                if let rules = simple.rules { body.line("static let rules = \(rules)") }
                body.block("\(module.witnessAccess) func validate(at path: Swift.String, into issues: inout [CUPIRuntime.ValidationIssue])") { function in
                    switch simple.shape {
                    case .atomic:
                        function.line(simple.rules == nil ? "_ = (path, issues)" : "Self.rules.check(lexical, at: path, into: &issues)")
                    case .list(_, let itemIsValidatable):
                        if simple.rules != nil { function.line("Self.rules.checkList(items.map(\\.lexical), at: path, into: &issues)") }
                        if itemIsValidatable {
                            function.line("for (index, item) in items.enumerated() { item.validate(at: path + \"[\\(index + 1)]\", into: &issues) }")
                        } else if simple.rules == nil {
                            function.line("_ = (path, issues)")
                        }
                    case .union(let members, let validatable):
                        if simple.rules != nil { function.line("Self.rules.check(lexical, at: path, into: &issues)") }
                        for (member, isValidatable) in zip(members, validatable) {
                            if isValidatable {
                                function.line("if let member = try? \(member).parse(lexical: rawValue), member.validate().isEmpty { return }")
                            } else {
                                function.line("if (try? \(member).parse(lexical: rawValue)) != nil { return }")
                            }
                        }
                        function.line("issues.append(CUPIRuntime.ValidationIssue(path: path, rule: \"union\", value: rawValue))")
                    }
                }
            }
        }
    }

    /// The statements that check one property.
    private func checks(_ property: PropertyDecl) -> [String] {
        let name = "self." + property.name
        let at: String
        switch property.role {
        case .element(let xmlName): at = "CUPIRuntime.ValidationIssue.path(path, \(SwiftLiteral.string(xmlName.localName)))"
        case .attribute(let xmlName): at = "CUPIRuntime.ValidationIssue.path(path, \(SwiftLiteral.string("@" + xmlName.localName)))"
        default: at = "path"
        }
        var statements: [String] = []
        if property.cardinality == .array, property.occurs.min > 0 || property.occurs.max != nil, property.role != .anyElements {
            let max = property.occurs.max.map(String.init) ?? "nil"
            statements.append("CUPIRuntime.Occurrences.check(count: \(name).count, min: \(property.occurs.min), max: \(max), at: \(at), into: &issues)")
        }
        // Each check is a function of where the value is, so that no schema text is ever
        // spliced into generated code by search and replace.
        var valueChecks: [(String) -> String] = []
        if property.isValidatable { valueChecks.append { "value.validate(at: \($0), into: &issues)" } }
        if let rules = property.builtinRules { valueChecks.append { "\(FixedDeclarations.builtinRules).\(rules).check(value.lexical, at: \($0), into: &issues)" } }
        if let fixed = property.fixedValue {
            let literal = SwiftLiteral.string(fixed)
            valueChecks.append { "if value.lexical != \(literal) { issues.append(CUPIRuntime.ValidationIssue(path: \($0), rule: \"fixed \" + \(literal), value: value.lexical)) }" }
        }
        guard !valueChecks.isEmpty else { return statements }
        switch property.cardinality {
        case .array:
            statements.append("for (index, value) in \(name).enumerated() {")
            statements += valueChecks.map { "    " + $0("\(at) + \"[\\(index + 1)]\"") }
            statements.append("}")
        case .optional:
            statements.append("if let value = \(name) {")
            statements += valueChecks.map { "    " + $0(at) }
            statements.append("}")
        case .required:
            statements.append("do {")
            statements.append("    let value = \(name)")
            statements += valueChecks.map { "    " + $0(at) }
            statements.append("}")
        }
        return statements
    }
}
