import Foundation

/// Translates the API model's types into the declarations to generate: Swift names chosen,
/// Swift types mapped, nested values made indirect, documentation and provenance attached.
struct Translator {
    private let model: APIModel
    private let options: GeneratorOptions
    private let names: TypeNames
    private let byName: [QName: TypeDefinition]
    private let indirection: IndirectValues
    /// Records used as inline groups (`.sequence` fields and alternatives).
    private let groups: Set<QName>
    private var builtinRules: [String: BuiltinRules] = [:]
    /// Choices made for substitution groups, one per head element, by head.
    private var substitutionChoices: [QName: ChoiceDecl] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// The stage's entry point.
    static func translate(_ model: APIModel, options: GeneratorOptions) -> (GeneratedModule, [Diagnostic]) {
        let translator = Translator(model: model, options: options)
        var module = translator.run()
        module.clientName = options.clientName
        module.modelConformances = (["Swift.Sendable", options.conformances.contains(.Hashable) ? "Swift.Hashable" : "Swift.Equatable"]
            + (options.conformances.contains(.Codable) ? ["Swift.Codable"] : [])).joined(separator: ", ")
        module.apiDocumentation = model.documentation.map { SwiftLiteral.documentation($0) + [""] } ?? []
        module.endpointGroups = EndpointTranslator.translate(model, module: module, clientName: options.clientName)
        module.routes = RouteTranslator.translate(model)
        return (module, translator.diagnostics)
    }

    private init(model: APIModel, options: GeneratorOptions) {
        self.model = model
        self.options = options
        self.names = TypeNames(model.types, overrides: options.nameOverrides, alsoReserved: [options.clientName])
        self.byName = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.indirection = IndirectValues(model.types)
        var groups: Set<QName> = []
        for type in model.types {
            let fields: [Field]
            switch type.kind {
            case .record(let record): fields = record.fields
            case .choice(let choice): fields = choice.alternatives
            default: fields = []
            }
            for field in fields where field.kind == .sequence { if let target = field.type { groups.insert(target) } }
        }
        self.groups = groups
        diagnostics = names.diagnostics
    }

    private func run() -> GeneratedModule {
        // Types translate independently, so they are shared out over the cores in chunks. Each
        // chunk's translator copy memoizes built-in rules and substitution choices on its own;
        // the memos are keyed by what decides their values, so merged they are what one
        // translator would have built, and everything is sorted by name below.
        let parts = model.types.chunked(into: 8).concurrentMap { chunk in
            var translator = self
            var part = GeneratedModule(access: "")
            translator.declare(chunk, in: &part)
            return (part, translator.builtinRules, translator.substitutionChoices)
        }
        var module = GeneratedModule(typeNames: names.byType, access: options.accessModifier.rawValue)
        var builtinRules: [String: BuiltinRules] = [:]
        var substitutionChoices: [QName: ChoiceDecl] = [:]
        for (part, rules, choices) in parts {
            module.records += part.records
            module.choices += part.choices
            module.enumerations += part.enumerations
            module.simpleTypes += part.simpleTypes
            builtinRules.merge(rules) { first, _ in first }
            substitutionChoices.merge(choices) { first, _ in first }
        }
        module.records.sort { $0.name < $1.name }
        module.choices += substitutionChoices.values
        module.choices.sort { $0.name < $1.name }
        module.enumerations.sort { $0.name < $1.name }
        module.simpleTypes.sort { $0.name < $1.name }
        module.builtinRules = builtinRules.values.sorted { $0.name < $1.name }
        module.rootElements = model.elements.compactMap { element in
            guard case .record = byName[element.type]?.kind, !groups.contains(element.type) else { return nil }
            return (XMLName(namespace: element.name.namespace, localName: element.name.name), swiftName(element.type))
        }
        return module
    }

    /// Adds the declarations of `types` to `module`, in their order.
    private mutating func declare(_ types: ArraySlice<TypeDefinition>, in module: inout GeneratedModule) {
        for type in types {
            let name = swiftName(type.name)
            let documentation = Self.documentation(type.documentation, provenance: provenance(type))
            switch type.kind {
            case .record(let record):
                module.records.append(self.record(type, record, name: name, documentation: documentation))
            case .choice(let choice):
                module.choices.append(self.choice(type, choice, name: name, documentation: documentation))
            case .enumeration(let enumeration):
                module.enumerations.append(EnumerationDecl(
                    name: name, documentation: documentation, cases: cases(enumeration.values),
                    rules: rules(enumeration.facets, builtin: enumeration.builtin)))
            case .simple(let simple):
                module.simpleTypes.append(SimpleDecl(
                    name: name, documentation: documentation, shape: .atomic(raw: BuiltinSwiftType.swiftType(simple.builtin.name)),
                    rules: rules(simple.facets, builtin: simple.builtin, implicit: true)))
            case .list(let list):
                let item = valueType(list.itemType)
                module.simpleTypes.append(SimpleDecl(
                    name: name, documentation: documentation, shape: .list(item: item.type, itemIsValidatable: item.isValidatable),
                    rules: rules(list.facets, builtin: .xsd("string"))))
            case .union(let union):
                module.simpleTypes.append(SimpleDecl(
                    name: name, documentation: documentation, shape: .union(members: union.memberTypes.map { valueType($0).type },
                                                                  validatable: union.memberTypes.map { valueType($0).isValidatable }),
                    rules: rules(union.facets, builtin: .xsd("string"))))
            }
        }
    }

    // MARK: Records

    private mutating func record(_ type: TypeDefinition, _ record: Record, name: String, documentation: [String]) -> RecordDecl {
        let isGroup = groups.contains(type.name)
        var members = MemberNames()
        let elementNames = Set(record.fields.filter { $0.kind == .element }.compactMap { $0.name.map { SwiftIdentifier.memberName($0.name) } })
        var properties: [PropertyDecl] = []
        for (index, field) in record.fields.enumerated() {
            // In mixed content, elements the schema does not name stay in `mixedContent`, in order.
            if record.isMixed, field.kind == .any { continue }
            guard var property = self.property(field, elementNames: elementNames, members: &members) else { continue }
            property.sourceField = index
            property.isBoxed = indirection.isBoxed(field)
            if isGroup, property.cardinality == .required { property.cardinality = .optional }
            properties.append(property)
        }
        if record.isMixed {
            properties.append(PropertyDecl(
                name: members.claim("mixedContent"), role: .mixedContent, type: "CUPIRuntime.XMLNode", coding: .anyElement,
                cardinality: .array, occurs: Occurrence(min: 0, max: nil), isBoxed: false, isNillable: false,
                isValidatable: false, documentation: ["The element's text and child elements in document order (mixed content)."]))
        }
        return RecordDecl(name: name, documentation: documentation, properties: properties, isMixed: record.isMixed, isGroup: isGroup)
    }

    private mutating func property(_ field: Field, elementNames: Set<String>, members: inout MemberNames) -> PropertyDecl? {
        let documentation = field.documentation.map { SwiftLiteral.documentation($0) } ?? []
        let cardinality: PropertyDecl.Cardinality = field.occurs.isRepeating ? .array : (field.occurs.min == 0 ? .optional : .required)
        func make(_ wanted: String, _ role: PropertyDecl.Role, type: String, coding: ValueCoding, validatable: Bool, rules: String? = nil) -> PropertyDecl {
            PropertyDecl(name: members.claim(wanted), role: role, type: type, coding: coding, cardinality: cardinality,
                         occurs: field.occurs, isBoxed: false, isNillable: field.isNillable, defaultValue: field.defaultValue,
                         fixedValue: field.fixedValue, isValidatable: validatable, builtinRules: rules, documentation: documentation)
        }
        switch field.kind {
        case .element, .attribute:
            guard let qname = field.name else { return nil }
            var wanted = options.nameOverrides[qname.name].map(SwiftIdentifier.memberName) ?? SwiftIdentifier.memberName(qname.name)
            if field.kind == .attribute, elementNames.contains(wanted) { wanted += "Attribute" }
            if field.kind == .element, let head = field.reference, !field.substitutes.isEmpty {
                return make(wanted, .choice, type: substitutionChoice(head: head, members: field.substitutes).name,
                            coding: .complex, validatable: true)
            }
            let value = valueType(field.type ?? .xsd("anyType"))
            let xmlName = XMLName(namespace: qname.namespace, localName: qname.name)
            return make(wanted, field.kind == .element ? .element(xmlName) : .attribute(xmlName),
                        type: value.type, coding: value.coding, validatable: value.isValidatable, rules: value.rules)
        case .text:
            let value = valueType(field.type ?? .xsd("string"))
            var property = make("value", .text, type: value.type, coding: .simple, validatable: value.isValidatable, rules: value.rules)
            property.cardinality = .required
            return property
        case .choice, .sequence:
            guard let target = field.type else { return nil }
            let typeName = swiftName(target)
            let wanted = SwiftIdentifier.memberName(TypeNames.baseName(of: byName[target]!).split(separator: " ").last.map(String.init) ?? "group")
            return make(wanted, field.kind == .choice ? .choice : .group, type: typeName, coding: .complex, validatable: true)
        case .any:
            var property = make("additionalElements", .anyElements, type: "CUPIRuntime.AnyXMLElement", coding: .anyElement, validatable: false)
            property.cardinality = .array
            return property
        case .anyAttribute:
            var property = make("additionalAttributes", .anyAttributes, type: "CUPIRuntime.XMLAttributeValue", coding: .simple, validatable: false)
            property.cardinality = .array
            return property
        }
    }

    // MARK: Choices

    private mutating func choice(_ type: TypeDefinition, _ choice: Choice, name: String, documentation: [String]) -> ChoiceDecl {
        var members = MemberNames()
        var alternatives: [ChoiceDecl.Alternative] = []
        for (index, field) in choice.alternatives.enumerated() {
            let count = alternatives.count
            defer { if alternatives.count > count { alternatives[count].sourceField = index } }
            let alternativeDocumentation = field.documentation.map { SwiftLiteral.documentation($0) } ?? []
            switch field.kind {
            case .element:
                guard let qname = field.name else { continue }
                let value = valueType(field.type ?? .xsd("anyType"))
                alternatives.append(.init(caseName: members.claim(SwiftIdentifier.memberName(qname.name)),
                                          xmlName: XMLName(namespace: qname.namespace, localName: qname.name),
                                          type: value.type, coding: value.coding, isArray: field.occurs.isRepeating,
                                          isValidatable: value.isValidatable, documentation: alternativeDocumentation))
            case .sequence, .choice:
                guard let target = field.type else { continue }
                let typeName = swiftName(target)
                alternatives.append(.init(caseName: members.claim(SwiftIdentifier.memberName(typeName)), type: typeName,
                                          coding: .complex, isArray: false,
                                          group: field.kind == .sequence ? typeName : nil,
                                          nestedChoice: field.kind == .choice ? typeName : nil,
                                          isValidatable: true, documentation: alternativeDocumentation))
            case .any:
                alternatives.append(.init(caseName: members.claim("other"), type: "CUPIRuntime.AnyXMLElement", coding: .anyElement,
                                          isArray: field.occurs.isRepeating, isValidatable: false, documentation: alternativeDocumentation))
            case .attribute, .text, .anyAttribute:
                continue
            }
        }
        return ChoiceDecl(name: name, documentation: documentation, alternatives: alternatives,
                          isIndirect: indirection.isIndirect(choice))
    }

    /// A substitution group is a choice among elements: the head (unless it is abstract) and
    /// every element that may stand in for it, each with its own type. One enum per head,
    /// named after it (`PolicySubstitution`), shared by every field that references the head.
    private mutating func substitutionChoice(head: QName, members: [QName]) -> ChoiceDecl {
        if let known = substitutionChoices[head] { return known }
        let taken = Set(names.byType.values).union(substitutionChoices.values.map(\.name))
        var name = SwiftIdentifier.typeName(head.name) + "Substitution"
        while taken.contains(name) { name += "Element" }
        var caseNames = MemberNames()
        let candidates = (model.element(named: head).map { $0.isAbstract ? [] : [head] } ?? []) + members
        let alternatives = candidates.compactMap { element -> ChoiceDecl.Alternative? in
            guard let declaration = model.element(named: element) else { return nil }
            let value = valueType(declaration.type)
            return .init(caseName: caseNames.claim(SwiftIdentifier.memberName(element.name)),
                         xmlName: XMLName(namespace: element.namespace, localName: element.name),
                         type: value.type, coding: value.coding, isArray: false, isValidatable: value.isValidatable,
                         documentation: declaration.documentation.map { SwiftLiteral.documentation($0) } ?? [])
        }
        let documentation = SwiftLiteral.documentation("The elements that may stand where `\(head.name)` stands (its substitution group).")
        let choice = ChoiceDecl(name: name, documentation: documentation, alternatives: alternatives, isIndirect: true)
        substitutionChoices[head] = choice
        return choice
    }

    // MARK: Enumerations

    private func cases(_ values: [EnumerationValue]) -> [EnumerationDecl.Case] {
        var members = MemberNames(reserving: ["unknown"])
        return values.map { value in
            EnumerationDecl.Case(name: members.claim(EnumCaseName.make(value.value, documentation: value.documentation)), value: value.value,
                                 documentation: value.documentation.map { SwiftLiteral.documentation($0) } ?? [])
        }
    }

    // MARK: Types and rules

    private struct ValueType {
        var type: String
        var coding: ValueCoding
        var isValidatable: Bool
        var rules: String?
    }

    private mutating func valueType(_ name: QName) -> ValueType {
        if name.isBuiltin {
            if name.name == "anyType" { return ValueType(type: "CUPIRuntime.AnyXMLElement", coding: .anyElement, isValidatable: false) }
            var rulesName: String?
            if let facets = BuiltinSwiftType.implicitFacets(name.name) {
                let ruleName = SwiftIdentifier.memberName(name.name)
                builtinRules[ruleName] = BuiltinRules(name: ruleName, rules: FacetRulesLiteral.make(facets, builtin: name.name))
                rulesName = ruleName
            }
            return ValueType(type: BuiltinSwiftType.swiftType(name.name), coding: .simple, isValidatable: false, rules: rulesName)
        }
        guard let type = byName[name] else { return ValueType(type: "Swift.String", coding: .simple, isValidatable: false) }
        switch type.kind {
        case .record: return ValueType(type: swiftName(name), coding: .complex, isValidatable: true)
        default: return ValueType(type: swiftName(name), coding: .simple, isValidatable: true)
        }
    }

    private func rules(_ facets: Facets, builtin: QName, implicit: Bool = false) -> String? {
        var facets = facets
        if implicit, let inherent = BuiltinSwiftType.implicitFacets(builtin.name) {
            if facets.minInclusive == nil, facets.minExclusive == nil { facets.minInclusive = inherent.minInclusive }
            if facets.maxInclusive == nil, facets.maxExclusive == nil { facets.maxInclusive = inherent.maxInclusive }
            facets.patterns = inherent.patterns + facets.patterns
        }
        guard !facets.isEmpty else { return nil }
        return FacetRulesLiteral.make(facets, builtin: builtin.name)
    }

    private func swiftName(_ name: QName) -> String { names.byType[name] ?? "Swift.String" }

    // MARK: Documentation

    private func provenance(_ type: TypeDefinition) -> String {
        let component: String
        switch type.kind {
        case .record: component = "complexType"
        case .choice: component = "choice"
        default: component = "simpleType"
        }
        let place = "`\(type.location.file):\(type.location.line)`"
        let described = type.isAnonymous ? "anonymous \(component) at `\(type.name.name)`" : "\(component) `\(type.name.name)`"
        return SwiftLiteral.documentation("- Remark: Generated from \(place), \(described).").joined(separator: " ")
    }

    private static func documentation(_ text: String?, provenance: String) -> [String] {
        (text.map { SwiftLiteral.documentation($0) + [""] } ?? []) + [provenance]
    }
}
