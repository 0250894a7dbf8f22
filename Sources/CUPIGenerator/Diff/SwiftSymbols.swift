/// The generated Swift symbols of one model, read from the same translation the code generator
/// uses (with the config's name overrides and client name), so that a report names exactly the
/// symbols users call: `User.alias`, `TransferType.supervised`,
/// `CUPI.users.list(query:sort:rowsPerPage:pageNumber:options:)`.
struct SwiftSymbols {
    private let typeNames: [QName: String]
    private let records: [String: RecordDecl]
    private let choices: [String: ChoiceDecl]
    private let enumerations: [String: EnumerationDecl]
    /// `METHOD path` → the call.
    private let calls: [String: String]

    init(_ model: APIModel, options: GeneratorOptions) {
        let (module, _) = Translator.translate(model, options: options)
        typeNames = module.typeNames
        records = Dictionary(module.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        choices = Dictionary(module.choices.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        enumerations = Dictionary(module.enumerations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var calls: [String: String] = [:]
        func walk(_ groups: [EndpointGroupDecl], prefix: String) {
            for group in groups {
                let path = prefix + "." + SwiftIdentifier.escaped(group.property)
                for method in group.methods { calls[Self.key(method.httpMethod, method.path)] = path + "." + method.signature }
                walk(group.children, prefix: path)
            }
        }
        walk(module.endpointGroups, prefix: options.clientName)
        self.calls = calls
    }

    private static func key(_ method: String, _ path: String) -> String { method + " " + path }

    /// `User`, or nil for a built-in or unknown type.
    func type(_ name: QName) -> String? { typeNames[name] }

    /// `User.alias`: the property generated for the record field at `index`, or the case for
    /// the choice alternative at `index`; the type alone when the field has no member of its own.
    func member(of owner: QName, at index: Int) -> String? {
        guard let ownerName = typeNames[owner] else { return nil }
        let member = records[ownerName]?.properties.first { $0.sourceField == index }?.name
            ?? choices[ownerName]?.alternatives.first { $0.sourceField == index }?.caseName
        return member.map { "\(ownerName).\(SwiftIdentifier.escaped($0))" } ?? ownerName
    }

    /// `TransferType.supervised`.
    func enumerationCase(of owner: QName, _ value: EnumerationValue) -> String? {
        guard let ownerName = typeNames[owner], let enumeration = enumerations[ownerName] else { return nil }
        return enumeration.cases.first { $0.value == value.value }.map { "\(ownerName).\(SwiftIdentifier.escaped($0.name))" } ?? ownerName
    }

    /// The call generated for an operation: `CUPI.users.list(query:sort:rowsPerPage:pageNumber:options:)`.
    func operation(_ operation: Operation) -> String? {
        calls[Self.key(operation.method, operation.path)]
    }
}
