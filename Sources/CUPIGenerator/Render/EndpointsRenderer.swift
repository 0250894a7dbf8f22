/// `Endpoints.swift`: the client struct, a nested struct per endpoint group and a typed async
/// method per WADL method, as `EndpointTranslator` declared them, over the runtime's `APIClient`.
/// Every name is the translation's; this only prints.
struct EndpointsRenderer {
    let module: GeneratedModule

    private var access: String { module.access }

    func render(into writer: inout CodeWriter) {
        let client = module.clientName
        writer.line()
        writer.documentation(module.apiDocumentation
            + ["The API's endpoints, grouped like its URLs. Every call goes through `client`: authentication,",
               "session cookies, retries, failover and the cap on requests in flight live there."])
        writer.block("\(access) struct \(client): Swift.Sendable") { body in
            body.line("\(access) let client: \(Qualified.runtime("APIClient"))")
            body.line()
            body.line("\(access) init(client: \(Qualified.runtime("APIClient"))) { self.client = client }")
            body.line()
            body.block("\(access) init(configuration: \(Qualified.runtime("ClientConfiguration")), transport: any \(Qualified.runtime("Transport")) = \(Qualified.runtime("URLSessionTransport"))())") {
                $0.line("self.init(client: \(Qualified.runtime("APIClient"))(configuration: configuration, transport: transport))")
            }
            properties(of: module.endpointGroups, into: &body)
        }
        for group in module.endpointGroups { render(group, parent: client, into: &writer) }
    }

    private func properties(of groups: [EndpointGroupDecl], into writer: inout CodeWriter) {
        for group in groups {
            writer.line()
            writer.line("\(access) var \(SwiftIdentifier.escaped(group.property)): \(group.typeName) { \(group.typeName)(client: client) }")
        }
    }

    private func render(_ group: EndpointGroupDecl, parent: String, into writer: inout CodeWriter) {
        writer.line()
        writer.block("extension \(parent)") { outer in
            outer.block("\(access) struct \(group.typeName): Swift.Sendable") { body in
                body.line("let client: \(Qualified.runtime("APIClient"))")
                properties(of: group.children, into: &body)
                for nested in group.nestedTypes {
                    body.line()
                    render(nested, into: &body)
                }
                for method in group.methods { render(method, into: &body) }
            }
        }
        for child in group.children { render(child, parent: parent + "." + group.typeName, into: &writer) }
    }

    // MARK: Methods

    private func render(_ method: EndpointDecl, into writer: inout CodeWriter) {
        writer.line()
        writer.documentation(method.documentation)
        let parameters = method.arguments.map(declaration) + ["options: \(Qualified.runtime("RequestOptions")) = \(Qualified.runtime("RequestOptions"))()"]
        writer.block("\(access) func \(SwiftIdentifier.escaped(method.name))(\(parameters.joined(separator: ", "))) async throws\(returnClause(method.result))") { body in
            let mutable = !method.arguments.isEmpty || isData(method.result)
            body.line("\(mutable ? "var" : "let") request = \(Qualified.runtime("OperationRequest"))(method: \(Self.method(method.httpMethod)), path: \(SwiftLiteral.string(method.path)), options: options)")
            for argument in method.arguments { body.lines(apply(argument)) }
            if case .data(let mediaType, _) = method.result {
                body.line("request.headers.append((\"Accept\", \(SwiftLiteral.string(mediaType))))")
            }
            body.line("let response = try await self.client.perform(request)")
            body.block("switch response.status") { cases in
                switch method.result {
                case .decoded(let type, let root, let statuses):
                    cases.line("case \(Self.list(statuses)): return try self.client.decode(\(type).self, rootName: \(SwiftLiteral.string(root)), from: response)")
                case .created(let statuses):
                    cases.line("case \(Self.list(statuses)): return try self.client.created(response)")
                case .text(let statuses):
                    cases.line("case \(Self.list(statuses)): return \(Qualified.swift("String"))(decoding: response.body, as: \(Qualified.swift("UTF8")).self)")
                case .data(_, let statuses):
                    cases.line("case \(Self.list(statuses)): return response.body")
                case .none(let statuses):
                    cases.line("case \(Self.list(statuses)): return")
                }
                cases.line("default: throw self.client.failure(response)")
            }
        }
        if let paging = method.paging { renderPaging(method, paging, into: &writer) }
    }

    private func isData(_ result: ResultDecl) -> Bool {
        if case .data = result { return true }
        return false
    }

    private func returnClause(_ result: ResultDecl) -> String {
        switch result {
        case .decoded(let type, _, _): return " -> \(type)"
        case .created: return " -> \(Qualified.runtime("CreatedObject"))"
        case .text: return " -> \(Qualified.swift("String"))"
        case .data: return " -> \(Qualified.foundation("Data"))"
        case .none: return ""
        }
    }

    private func declaration(_ argument: ArgumentDecl) -> String {
        let head = argument.label == argument.name ? SwiftIdentifier.escaped(argument.name) : "\(argument.label) \(SwiftIdentifier.escaped(argument.name))"
        if argument.isRepeating { return "\(head): [\(argument.type)] = []" }
        return argument.isRequired ? "\(head): \(argument.type)" : "\(head): \(argument.type)? = nil"
    }

    /// Statements that put the argument into `request`.
    private func apply(_ argument: ArgumentDecl) -> [String] {
        let name = SwiftIdentifier.escaped(argument.name)
        let key = SwiftLiteral.string(argument.key)
        func lexical(_ value: String) -> String { argument.isRaw ? "\(value).rawValue" : "\(value).lexical" }
        func add(_ value: String) -> String {
            switch argument.placement {
            case .header: return "request.headers.append((\(key), \(value)))"
            case .matrix: return "request.path += \";\" + \(key) + \"={\" + \(key) + \"}\"; request.pathParameters[\(key)] = \(value)"
            default: return "request.query.append(\(key), \(value))"
            }
        }
        switch argument.placement {
        case .template: return ["request.pathParameters[\(key)] = \(lexical(name))"]
        case .body(let rootName): return ["request.body = \(Qualified.runtime("RequestBody"))(\(name), rootName: \(SwiftLiteral.string(rootName)))"]
        case .data(let mediaType): return ["request.body = \(Qualified.runtime("RequestBody"))(data: \(name), contentType: \(SwiftLiteral.string(mediaType)))"]
        case .query, .header, .matrix:
            if argument.isRepeating { return ["for value in \(name) { \(add(lexical("value"))) }"] }
            if argument.isRequired { return [add(lexical(name))] }
            return ["if let value = \(name) { \(add(lexical("value"))) }"]
        }
    }

    private func renderPaging(_ method: EndpointDecl, _ paging: PagingDecl, into writer: inout CodeWriter) {
        let passed = method.arguments.filter { !["rowsPerPage", "pageNumber"].contains($0.label) }
        // The list is called with its arguments in its own declaration order, the paging ones
        // filled in where they stand.
        func call(_ values: [String: String], leaving omitted: Set<String> = []) -> String {
            let arguments = method.arguments.compactMap { argument -> String? in
                if let value = values[argument.label] { return "\(argument.label): \(value)" }
                if omitted.contains(argument.label) { return nil }
                let name = SwiftIdentifier.escaped(argument.name)
                return argument.label == "_" ? name : "\(argument.label): \(name)"
            }
            return (arguments + ["options: options"]).joined(separator: ", ")
        }
        let options = "options: \(Qualified.runtime("RequestOptions")) = \(Qualified.runtime("RequestOptions"))()"
        let int = Qualified.swift("Int")
        writer.line()
        writer.documentation(["Every item of `\(method.name)`, page by page (`rowsPerPage` at a time), as one sequence."])
        let allParameters = passed.map(declaration) + ["rowsPerPage: \(int) = 100", options]
        writer.block("\(access) func \(paging.allName)(\(allParameters.joined(separator: ", "))) -> \(Qualified.runtime("PagedSequence"))<\(paging.item)>") { body in
            body.line("\(Qualified.runtime("PagedSequence"))(rowsPerPage: rowsPerPage) { pageNumber, rowsPerPage in")
            body.line("    let page = try await self.\(SwiftIdentifier.escaped(method.name))(\(call(["rowsPerPage": "rowsPerPage", "pageNumber": "pageNumber"])))")
            body.line("    return \(Qualified.runtime("Page"))(items: page.\(SwiftIdentifier.escaped(paging.itemsProperty)), total: \(paging.total ?? "nil"))")
            body.line("}")
        }
        writer.line()
        writer.documentation(["How many items `\(method.name)` would return, without fetching them (a page of size 0)."])
        let countParameters = passed.filter { $0.label != "sort" }.map(declaration) + [options]
        writer.block("\(access) func \(paging.countName)(\(countParameters.joined(separator: ", "))) async throws -> \(int)") { body in
            body.line("let page = try await self.\(SwiftIdentifier.escaped(method.name))(\(call(["rowsPerPage": "0", "pageNumber": "1"], leaving: ["sort"])))")
            let items = "page.\(SwiftIdentifier.escaped(paging.itemsProperty)).count"
            body.line("return " + (paging.total.map { "\($0) ?? \(items)" } ?? items))
        }
    }

    // MARK: Nested types

    private func render(_ nested: NestedTypeDecl, into writer: inout CodeWriter) {
        switch nested {
        case .options(let name, let cases):
            writer.block("\(access) enum \(name): \(Qualified.swift("String")), Swift.Sendable, Swift.CaseIterable") { body in
                for option in cases {
                    body.documentation(option.documentation)
                    body.line("case \(SwiftIdentifier.escaped(option.name)) = \(SwiftLiteral.string(option.value))")
                }
            }
        case .columns(let name, let item, let columns):
            let string = Qualified.swift("String")
            writer.documentation(["The columns of `\(item)` a query or sort can name (CUPI accepts one indexed or boolean column)."])
            writer.block("\(access) enum \(name): \(Qualified.runtime("QueryColumn"))") { body in
                for column in columns { body.line("case \(SwiftIdentifier.escaped(column.name))") }
                body.documentation(["A column this schema does not list."])
                body.line("case other(\(string))")
                body.line()
                body.block("\(access) init?(rawValue: \(string))") { initializer in
                    initializer.block("switch rawValue") { cases in
                        for column in columns { cases.line("case \(SwiftLiteral.string(column.column)): self = .\(SwiftIdentifier.escaped(column.name))") }
                        cases.line("default: self = .other(rawValue)")
                    }
                }
                body.line()
                body.block("\(access) var rawValue: \(string)") { property in
                    property.block("switch self") { cases in
                        for column in columns { cases.line("case .\(SwiftIdentifier.escaped(column.name)): return \(SwiftLiteral.string(column.column))") }
                        cases.line("case .other(let column): return column")
                    }
                }
            }
        }
    }

    // MARK: Helpers

    private static func list(_ statuses: [Int]) -> String { statuses.map(String.init).joined(separator: ", ") }

    private static func method(_ method: String) -> String {
        switch method {
        case "GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT": return "." + method.lowercased()
        default: return "\(Qualified.runtime("HTTPRequest")).Method(\(SwiftLiteral.string(method)))!"
        }
    }
}
