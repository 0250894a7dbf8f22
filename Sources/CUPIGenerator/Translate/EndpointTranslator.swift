/// Translates the WADL's operations into endpoint declarations: groups named like the URLs,
/// methods, arguments, results and paging, every Swift name decided here (`EndpointsRenderer`
/// only prints them; `SwiftSymbols` reads them for the diff).
struct EndpointTranslator {
    private let model: APIModel
    private let module: GeneratedModule
    private let clientName: String
    private let records: [String: RecordDecl]
    /// Names a group or nested type must not take: inside the client a nested declaration would
    /// hide the model type of that name.
    private let modelTypeNames: Set<String>

    /// The stage's entry point: the groups under the client struct.
    static func translate(_ model: APIModel, module: GeneratedModule, clientName: String) -> [EndpointGroupDecl] {
        let translator = EndpointTranslator(model: model, module: module, clientName: clientName)
        return EndpointGroup.tree(model.operations, vocabulary: EndpointGroup.vocabulary(of: model)).map { translator.group($0, ancestorWords: []) }
    }

    private init(model: APIModel, module: GeneratedModule, clientName: String) {
        self.model = model
        self.module = module
        self.clientName = clientName
        records = Dictionary(module.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        modelTypeNames = Set(module.typeNames.values)
    }

    private func typeName(of group: EndpointGroup) -> String {
        var name = SwiftIdentifier.typeName(group.words.joined(separator: " ")) + "Endpoints"
        while modelTypeNames.contains(name) || name == clientName || Qualified.modules.contains(name) { name += "Group" }
        return name
    }

    /// What the methods of one group share: their names, and the nested types they declare
    /// (an option list or a column list used by several methods is declared once).
    private struct Scope {
        var methods: MemberNames
        var nestedTypes: MemberNames
        var declared: [String: String] = [:]
        var declarations: [NestedTypeDecl] = []

        /// The name of a nested type, declared the first time the group needs it.
        mutating func declare(_ signature: String, wanted: String, _ declaration: (String) -> NestedTypeDecl) -> String {
            if let known = declared[signature] { return known }
            let name = nestedTypes.claim(wanted)
            declared[signature] = name
            declarations.append(declaration(name))
            return name
        }
    }

    /// `ancestorWords`: the names of the enclosing groups, which method ids often repeat
    /// (`listCallHandlerGreetings` under callHandlers › greetings is just `list`).
    private func group(_ group: EndpointGroup, ancestorWords: [String]) -> EndpointGroupDecl {
        let words = ancestorWords + group.words
        let children = group.children.map { self.group($0, ancestorWords: words) }
        var scope = Scope(methods: MemberNames(reserving: Set(children.map(\.property)).union(["client"])),
                          nestedTypes: MemberNames(reserving: modelTypeNames.union([clientName]).union(children.map(\.typeName))
                                                      .union(Qualified.modules)))
        let methods = group.operations.flatMap { endpoints($0, groupWords: words, scope: &scope) }
        return EndpointGroupDecl(property: group.property, typeName: typeName(of: group), nestedTypes: scope.declarations,
                                 methods: methods, children: children)
    }

    // MARK: Methods

    /// The operation's method, and, when its request takes a document or bytes (a greeting's
    /// audio as a `CallControl` or as WAV), an overload of the same name taking the bytes.
    private func endpoints(_ operation: Operation, groupWords: [String], scope: inout Scope) -> [EndpointDecl] {
        let method = endpoint(operation, groupWords: groupWords, scope: &scope)
        guard let index = method.arguments.firstIndex(where: { if case .body = $0.placement { return true }; return false }),
              let binary = binaryBody(of: operation) else { return [method] }
        var overload = method
        overload.arguments[index] = binary
        return [method, overload]
    }

    private func endpoint(_ operation: Operation, groupWords: [String], scope: inout Scope) -> EndpointDecl {
        let name = scope.methods.claim(EndpointGroup.methodName(operation, groupWords: groupWords))
        let result = self.result(of: operation)
        var column: String?
        var paging: PagingDecl?
        // Paging needs a list document with one repeating record field, and rowsPerPage/pageNumber params.
        let queryNames = Set(operation.params.filter { $0.style == .query }.map(\.name))
        if operation.method == "GET", queryNames.isSuperset(of: ["rowsPerPage", "pageNumber"]),
           case .decoded(let type, _, _) = result, let list = records[type],
           let items = list.properties.first(where: { $0.cardinality == .array && $0.coding == .complex && $0.role != .anyElements }) {
            let total = list.properties.first { if case .attribute(let name) = $0.role { return name.localName == "total" }; return false }
            if queryNames.contains("query") || queryNames.contains("sort"), let item = records[items.type] {
                column = scope.declare("columns of \(items.type)", wanted: items.type + "Column") { name in
                    .columns(name: name, item: item.name, columns: Self.columns(of: item))
                }
            }
            paging = PagingDecl(item: items.type, itemsProperty: items.name,
                                total: total.map { intExpression("page." + $0.name, type: $0.type) },
                                allName: scope.methods.claim("all"), countName: scope.methods.claim("count"))
        }

        // Names the method body and the paging companions use for themselves.
        var labels = MemberNames(reserving: ["options", "request", "response", "body", "page", "client"])
        var arguments: [ArgumentDecl] = []
        for templateName in PathTemplate.parse(operation.path).names {
            let param = operation.params.first { $0.name == templateName && $0.style == .template }
                ?? Parameter(name: templateName, style: .template, required: true, location: operation.location)
            arguments.append(argument(param, column: column, labels: &labels, scope: &scope))
        }
        if let body = requestBody(of: operation) { arguments.append(body) }
        for param in operation.params where param.style != .template && param.style != .plain && param.fixedValue == nil {
            arguments.append(argument(param, column: column, labels: &labels, scope: &scope))
        }

        let summary = "\(operation.method) \(operation.path)" + (operation.id.map { " (`\($0)`)" } ?? "")
        let documentation = (operation.documentation.map { SwiftLiteral.documentation($0) + [""] } ?? [])
            + SwiftLiteral.documentation("- Remark: \(summary), `\(operation.location)`.")
        return EndpointDecl(name: name, httpMethod: operation.method, path: operation.path, operationId: operation.id,
                            documentation: documentation, arguments: arguments, result: result, paging: paging)
    }

    /// The body argument: a model value for an XML element, or bytes for another media type.
    private func requestBody(of operation: Operation) -> ArgumentDecl? {
        if let element = operation.request.lazy.compactMap(\.element).first, let type = recordType(of: element) {
            return ArgumentDecl(label: "_", name: "body", type: type, key: element.name,
                                placement: .body(rootName: element.name), isRequired: true, isRepeating: false, isRaw: false)
        }
        return binaryBody(of: operation)
    }

    private func binaryBody(of operation: Operation) -> ArgumentDecl? {
        guard let mediaType = operation.request.lazy.compactMap(\.mediaType).first(where: Self.isBinary) else { return nil }
        return ArgumentDecl(label: "_", name: "body", type: Qualified.foundation("Data"), key: mediaType,
                            placement: .data(mediaType: mediaType), isRequired: true, isRepeating: false, isRaw: false)
    }

    private func argument(_ param: Parameter, column: String?, labels: inout MemberNames, scope: inout Scope) -> ArgumentDecl {
        let label = labels.claim(SwiftIdentifier.memberName(param.name))
        var type: String
        var isRaw = false
        if param.style == .query, param.name == "query", let column {
            type = Qualified.runtime("Query") + "<\(column)>"
            isRaw = true
        } else if param.style == .query, param.name == "sort", let column {
            type = Qualified.runtime("Sort") + "<\(column)>"
            isRaw = true
        } else if !param.options.isEmpty {
            let signature = "options of \(param.name): " + param.options.map(\.value).joined(separator: "\u{0}")
            type = scope.declare(signature, wanted: SwiftIdentifier.typeName(param.name) + "Option") { name in
                var members = MemberNames()
                return .options(name: name, cases: param.options.map { option in
                    (members.claim(EnumCaseName.make(option.value, documentation: option.documentation)), option.value,
                     option.documentation.map(SwiftLiteral.documentation) ?? [])
                })
            }
            isRaw = true
        } else if param.type.isBuiltin {
            type = BuiltinSwiftType.swiftType(param.type.name)
        } else {
            type = module.typeNames[param.type] ?? Qualified.swift("String")
        }
        let placement: ArgumentDecl.Placement
        switch param.style {
        case .template: placement = .template
        case .header: placement = .header
        case .matrix: placement = .matrix
        default: placement = .query
        }
        return ArgumentDecl(label: label, name: label, type: type, key: param.name, placement: placement,
                            isRequired: param.required || param.style == .template, isRepeating: param.repeating && param.style != .template,
                            isRaw: isRaw)
    }

    // MARK: Results

    private func result(of operation: Operation) -> ResultDecl {
        let successes = operation.responses.filter { $0.statuses.contains { (200..<300).contains($0) } }
        let statuses = Array(Set(successes.flatMap { $0.statuses.filter { (200..<300).contains($0) } })).sorted()
        for response in successes {
            for representation in response.representations {
                guard let element = representation.element, let type = recordType(of: element) else { continue }
                return .decoded(type: type, root: element.name, statuses: response.statuses.filter { (200..<300).contains($0) })
            }
        }
        if statuses.contains(201) { return .created(statuses: statuses) }
        let mediaTypes = successes.flatMap { $0.representations.compactMap(\.mediaType) }
        if mediaTypes.contains(where: { $0.hasPrefix("text/") }) { return .text(statuses: statuses) }
        if let binary = mediaTypes.first(where: Self.isBinary) { return .data(mediaType: binary, statuses: statuses) }
        return .none(statuses: statuses.isEmpty ? [200, 204] : statuses)
    }

    /// The Swift record a global element's content decodes to, when it is a record.
    private func recordType(of element: QName) -> String? {
        guard let declaration = model.element(named: element), let type = module.typeNames[declaration.type],
              records[type] != nil else { return nil }
        return type
    }

    /// A body neither XML, JSON nor text: the generated code passes it on as bytes.
    static func isBinary(_ mediaType: String) -> Bool {
        let type = mediaType.lowercased()
        return !type.contains("xml") && !type.contains("json") && !type.hasPrefix("text/") && type != "*/*"
    }

    /// An `Int?` expression for a count property, whatever simple type holds it.
    private func intExpression(_ property: String, type: String) -> String {
        let int = Qualified.swift("Int")
        if type == int { return property }
        if let simple = module.simpleTypes.first(where: { $0.name == type }), simple.shape == .atomic(raw: int) { return "\(property)?.rawValue" }
        return "\(property).flatMap { \(int)($0.lexical) }"
    }

    /// The columns a list can be searched and sorted by: the item's simple, single fields.
    private static func columns(of item: RecordDecl) -> [(name: String, column: String)] {
        var members = MemberNames(reserving: ["other"])
        return item.properties.compactMap { property in
            guard case .element(let xmlName) = property.role, property.coding == .simple, property.cardinality != .array else { return nil }
            return (members.claim(property.name), xmlName.localName)
        }
    }
}
