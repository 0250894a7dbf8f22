/// The generated Swift names of one model's declarations, chosen by the same rules the code
/// generator uses (`TypeNames`, `SwiftIdentifier`, `MemberNames`), so a report can say which
/// symbol a change touches.
struct SwiftSymbols {
    private let typeNames: [QName: String]
    private let types: [QName: TypeDefinition]

    init(_ model: APIModel) {
        typeNames = TypeNames(model.types, overrides: [:]).byType
        types = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `User`, or nil for a built-in or unknown type.
    func type(_ name: QName) -> String? { typeNames[name] }

    /// `User.alias`: the property generated for the record field at `index`, or the case for
    /// the choice alternative at `index`.
    func member(of owner: QName, at index: Int) -> String? {
        guard let ownerName = typeNames[owner], let definition = types[owner] else { return nil }
        let names: [String?]
        switch definition.kind {
        case .record(let record): names = propertyNames(record.fields)
        case .choice(let choice): names = caseNames(choice.alternatives)
        default: return ownerName
        }
        guard index < names.count, let name = names[index] else { return ownerName }
        return "\(ownerName).\(name)"
    }

    /// `TransferType.supervised`.
    func enumerationCase(of owner: QName, _ value: EnumerationValue) -> String? {
        guard let ownerName = typeNames[owner], case .enumeration(let enumeration)? = types[owner]?.kind else { return nil }
        var members = MemberNames(reserving: ["unknown"])
        for candidate in enumeration.values {
            let name = members.claim(Translator.caseName(candidate))
            if candidate.value == value.value { return "\(ownerName).\(name)" }
        }
        return ownerName
    }

    /// The method generated for an operation: its WADL id in Swift case, when it has one.
    static func operation(_ operation: Operation) -> String? {
        operation.id.map(SwiftIdentifier.memberName)
    }

    /// `listUsers(rowsPerPage:)`.
    static func param(_ param: Parameter, of operation: Operation) -> String? {
        guard let method = self.operation(operation) else { return nil }
        return "\(method)(\(SwiftIdentifier.memberName(param.name)):)"
    }

    // Mirrors `Translator.property`: attributes named like an element get `Attribute`, groups
    // are named after the last word of their type, and `MemberNames` numbers collisions.
    private func propertyNames(_ fields: [Field]) -> [String?] {
        var members = MemberNames()
        let elementNames = Set(fields.filter { $0.kind == .element }.compactMap { $0.name.map { SwiftIdentifier.memberName($0.name) } })
        return fields.map { field in
            switch field.kind {
            case .element, .attribute:
                guard let name = field.name else { return nil }
                var wanted = SwiftIdentifier.memberName(name.name)
                if field.kind == .attribute, elementNames.contains(wanted) { wanted += "Attribute" }
                return members.claim(wanted)
            case .text: return members.claim("value")
            case .sequence, .choice:
                guard let target = field.type, let definition = types[target] else { return nil }
                let word = TypeNames.baseName(of: definition).split(separator: " ").last.map(String.init) ?? "group"
                return members.claim(SwiftIdentifier.memberName(word))
            case .any: return members.claim("additionalElements")
            case .anyAttribute: return members.claim("additionalAttributes")
            }
        }
    }

    private func caseNames(_ alternatives: [Field]) -> [String?] {
        var members = MemberNames()
        return alternatives.map { field in
            switch field.kind {
            case .element: return field.name.map { members.claim(SwiftIdentifier.memberName($0.name)) }
            case .sequence, .choice: return field.type.flatMap { typeNames[$0] }.map { members.claim(SwiftIdentifier.memberName($0)) }
            case .any: return members.claim("other")
            case .attribute, .text, .anyAttribute: return nil
            }
        }
    }
}
