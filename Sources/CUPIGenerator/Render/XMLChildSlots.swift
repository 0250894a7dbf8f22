/// How each child element a record can meet changes the value being decoded: a `case` of the
/// decoder's switch per element name, with the statements that read and store the value.
/// Choices and groups put their members' elements among their parent's children, so their
/// slots are found by walking into them, wrapping the value on the way back out.
struct XMLChildSlots {
    struct Slot {
        var name: XMLName
        var body: [String]
    }

    /// Where a decoded value goes.
    indirect enum Store {
        /// A local variable of the decoder (declared optional, or an array).
        case variable(String, isArray: Bool)
        /// Wrapped in a choice case, stored into `into`.
        case choiceCase(String, isArray: Bool, into: Store)
        /// Into member `member` of a group item held by `into`.
        case groupMember(group: String, member: String, memberIsArray: Bool, memberIsSingle: Bool, into: Store)

        func statements(_ value: String) -> [String] {
            switch self {
            case let .variable(name, isArray):
                return [isArray ? "\(name).append(\(value))" : "\(name) = \(value)"]
            case let .choiceCase(caseName, isArray, into):
                let wrapped = ".\(SwiftIdentifier.escaped(caseName))"
                guard isArray, case let .variable(name, holderIsArray) = into else {
                    return into.statements("\(wrapped)(\(isArray ? "[\(value)]" : value))")
                }
                if holderIsArray {
                    return ["if case \(wrapped)(let existing)? = \(name).last { \(name)[\(name).count - 1] = \(wrapped)(existing + [\(value)]) } else { \(name).append(\(wrapped)([\(value)])) }"]
                }
                return ["if case \(wrapped)(let existing)? = \(name) { \(name) = \(wrapped)(existing + [\(value)]) } else { \(name) = \(wrapped)([\(value)]) }"]
            case let .groupMember(group, member, memberIsArray, memberIsSingle, into):
                let store = memberIsArray ? "item.\(member).append(\(value))" : "item.\(member) = \(value)"
                // A group item is continued until a member it already has comes again.
                let fits = memberIsSingle ? "existing.\(member) == nil" : "true"
                switch into {
                case let .variable(name, isArray: false):
                    return ["var item = \(name) ?? \(group)()", store, "\(name) = item"]
                case let .variable(name, isArray: true):
                    return ["var item: \(group)",
                            "if let existing = \(name).last, \(fits) { item = existing; \(name).removeLast() } else { item = \(group)() }",
                            store, "\(name).append(item)"]
                case let .choiceCase(caseName, false, .variable(name, holderIsArray)):
                    let wrapped = ".\(SwiftIdentifier.escaped(caseName))"
                    guard holderIsArray else {
                        return ["var item = \(group)()", "if case \(wrapped)(let existing)? = \(name), \(fits) { item = existing }",
                                store, "\(name) = \(wrapped)(item)"]
                    }
                    return ["var item = \(group)()", "var reuse = false",
                            "if case \(wrapped)(let existing)? = \(name).last, \(fits) { item = existing; reuse = true }",
                            store, "if reuse { \(name).removeLast() }; \(name).append(\(wrapped)(item))"]
                default:
                    return into.statements("{ var item = \(group)(); \(store); return item }()")
                }
            }
        }
    }

    let module: GeneratedModule
    private let choices: [String: ChoiceDecl]
    private let records: [String: RecordDecl]

    init(module: GeneratedModule) {
        self.module = module
        choices = Dictionary(module.choices.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        records = Dictionary(module.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The slots of `property`, storing into `store`.
    func slots(_ property: PropertyDecl, store: Store, depth: Int = 0) -> [Slot] {
        guard depth < 8 else { return [] }
        switch property.role {
        case .element(let name):
            return [Slot(name: name, body: read(property.type, coding: property.coding, nillable: property.isNillable,
                                                defaultValue: property.defaultValue ?? property.fixedValue, into: store))]
        case .choice:
            guard let choice = choices[property.type] else { return [] }
            return alternatives(of: choice, store: store, depth: depth)
        case .group:
            guard let group = records[property.type] else { return [] }
            return group.properties.flatMap { member in
                slots(member, store: .groupMember(group: group.name, member: member.name, memberIsArray: member.cardinality == .array,
                                                  memberIsSingle: member.cardinality != .array, into: store), depth: depth + 1)
            }
        case .attribute, .text, .anyElements, .anyAttributes, .mixedContent:
            return []
        }
    }

    private func alternatives(of choice: ChoiceDecl, store: Store, depth: Int) -> [Slot] {
        choice.alternatives.flatMap { alternative -> [Slot] in
            let wrapped = Store.choiceCase(alternative.caseName, isArray: alternative.isArray, into: store)
            if let name = alternative.xmlName {
                return [Slot(name: name, body: read(alternative.type, coding: alternative.coding, nillable: false, defaultValue: nil, into: wrapped))]
            }
            if let nested = alternative.nestedChoice, let nestedChoice = choices[nested] {
                return alternatives(of: nestedChoice, store: wrapped, depth: depth + 1)
            }
            if let groupName = alternative.group, let group = records[groupName] {
                return group.properties.flatMap { member in
                    slots(member, store: .groupMember(group: group.name, member: member.name, memberIsArray: member.cardinality == .array,
                                                      memberIsSingle: member.cardinality != .array,
                                                      into: .choiceCase(alternative.caseName, isArray: false, into: store)), depth: depth + 1)
                }
            }
            return []
        }
    }

    /// Statements that read the child and store it. A nil (`xsi:nil`) element leaves the
    /// property as it is, which for an optional is nil. A plain variable takes the read
    /// expression directly; other stores name the value first, as they use it inside their own
    /// statements.
    private func read(_ type: String, coding: ValueCoding, nillable: Bool, defaultValue: String?, into store: Store) -> [String] {
        var setup = nillable && coding != .anyElement ? [Self.skipNil] : []
        let value: String
        switch coding {
        case .anyElement:
            value = "try child.capture()"
        case .complex:
            value = "try child.decode(\(type).self)"
        case .simple:
            if let defaultValue {
                // A default applies to an element that is present but empty.
                setup.append("let text = try child.text()")
                value = "try \(type).parse(lexical: text.isEmpty ? \(SwiftLiteral.string(defaultValue)) : text)"
            } else {
                value = "try child.value(\(type).self)"
            }
        }
        if case .variable = store { return setup + store.statements(value) }
        return setup + ["let value = \(value)"] + store.statements("value")
    }

    /// The statement that leaves a nil element's property as it is: the decoder's loop moves on.
    static let skipNil = "if child.isNil { continue }"

    /// The choices that wildcard alternatives leave to the switch's `default`.
    func wildcardStores(_ property: PropertyDecl, store: Store) -> [Store] {
        guard property.role == .choice, let choice = choices[property.type] else { return [] }
        return choice.alternatives.filter { $0.coding == .anyElement && $0.xmlName == nil && $0.group == nil && $0.nestedChoice == nil }
            .map { Store.choiceCase($0.caseName, isArray: $0.isArray, into: store) }
    }
}
