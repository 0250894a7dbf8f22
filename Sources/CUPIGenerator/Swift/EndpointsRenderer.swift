/// `Endpoints.swift`: a typed async method per WADL method, grouped like the URLs
/// (`cupi.users.get(objectId:)`), over the runtime's `APIClient`.
struct EndpointsRenderer {
    let model: APIModel
    let module: GeneratedModule
    let clientName: String
    private let records: [String: RecordDecl]
    /// Names a nested declaration must not take, so that it never hides a model type.
    private let modelTypeNames: Set<String>

    init(model: APIModel, module: GeneratedModule, clientName: String) {
        self.model = model
        self.module = module
        self.clientName = clientName
        records = Dictionary(module.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        modelTypeNames = Set(module.typeNames.values)
    }

    func render(into writer: inout CodeWriter) {
        let access = module.access
        let groups = EndpointGroup.tree(model.operations)
        writer.line()
        writer.documentation((model.documentation.map { SwiftLiteral.documentation($0) + [""] } ?? [])
            + ["The API's endpoints, grouped like its URLs. Every call goes through `client`: authentication,",
               "session cookies, retries, failover and the cap on requests in flight live there."])
        writer.block("\(access) struct \(clientName): Sendable") { body in
            body.line("\(access) let client: APIClient")
            body.line()
            body.line("\(access) init(client: APIClient) { self.client = client }")
            body.line()
            body.block("\(access) init(configuration: ClientConfiguration, transport: any Transport = URLSessionTransport())") {
                $0.line("self.init(client: APIClient(configuration: configuration, transport: transport))")
            }
            properties(of: groups, into: &body)
        }
        for group in groups { render(group, parent: clientName, ancestorWords: [], into: &writer) }
    }

    /// What the methods of one group share: their names, and the nested types they declare
    /// (an option list or a column list used by several methods is declared once).
    struct EndpointScope {
        var methods: MemberNames
        var nestedTypes: MemberNames
        var declared: [String: String] = [:]
    }

    private func typeName(of group: EndpointGroup) -> String {
        var name = SwiftIdentifier.typeName(group.words.joined(separator: " ")) + "Endpoints"
        while modelTypeNames.contains(name) || name == clientName { name += "Group" }
        return name
    }

    private func properties(of groups: [EndpointGroup], into writer: inout CodeWriter) {
        for group in groups {
            writer.line()
            writer.line("\(module.access) var \(SwiftIdentifier.escaped(group.property)): \(typeName(of: group)) { \(typeName(of: group))(client: client) }")
        }
    }

    /// `ancestorWords`: the names of the enclosing groups, which method ids often repeat
    /// (`listCallHandlerGreetings` under callHandlers › greetings is just `list`).
    private func render(_ group: EndpointGroup, parent: String, ancestorWords: [String], into writer: inout CodeWriter) {
        let name = typeName(of: group)
        writer.line()
        writer.block("extension \(parent)") { outer in
            outer.block("\(module.access) struct \(name): Sendable") { body in
                body.line("let client: APIClient")
                properties(of: group.children, into: &body)
                var scope = EndpointScope(methods: MemberNames(reserving: Set(group.children.map(\.property))),
                                          nestedTypes: MemberNames(reserving: modelTypeNames.union([clientName])))
                for operation in group.operations {
                    let method = EndpointMethod(operation: operation, groupWords: ancestorWords + group.words, model: model, module: module,
                                                records: records, scope: &scope)
                    method.render(into: &body)
                }
            }
        }
        for child in group.children { render(child, parent: parent + "." + name, ancestorWords: ancestorWords + group.words, into: &writer) }
    }
}
