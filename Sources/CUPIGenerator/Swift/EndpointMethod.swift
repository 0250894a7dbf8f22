/// One generated endpoint method (and, for a paged list, its `all` and `count` companions):
/// parameters typed from the WADL, the request built, each declared status decoded.
struct EndpointMethod {
    private struct Argument {
        var label: String
        var declaration: String
        /// Statements that put the argument into `request`.
        var apply: [String]
    }

    private enum Result {
        case decoded(type: String, root: String, statuses: [Int])
        case created(statuses: [Int])
        case text(statuses: [Int])
        case none(statuses: [Int])
    }

    private let operation: Operation
    private let name: String
    private var arguments: [Argument] = []
    private var nestedDeclarations: [[String]] = []
    private let result: Result
    private let access: String
    /// For a paged list: the item type, the item and total properties, and the arguments `all` passes on.
    private var paging: (item: String, items: String, total: String?, column: String?)?
    private let companions: (all: String, count: String)?

    init(operation: Operation, groupWords: [String], model: APIModel, module: GeneratedModule,
         records: [String: RecordDecl], scope: inout EndpointsRenderer.EndpointScope) {
        self.operation = operation
        self.access = module.access
        name = scope.methods.claim(EndpointGroup.methodName(operation, groupWords: groupWords))
        result = Self.result(of: operation, model: model, module: module, records: records)

        // Paging needs a list document with one repeating record field, and rowsPerPage/pageNumber params.
        let queryNames = Set(operation.params.filter { $0.style == .query }.map(\.name))
        if operation.method == "GET", queryNames.isSuperset(of: ["rowsPerPage", "pageNumber"]),
           case .decoded(let type, _, _) = result, let list = records[type],
           let items = list.properties.first(where: { $0.cardinality == .array && $0.coding == .complex && $0.role != .anyElements }) {
            let total = list.properties.first { if case .attribute(let name) = $0.role { return name.localName == "total" }; return false }
            var column: String?
            if queryNames.contains("query") || queryNames.contains("sort"), let item = records[items.type] {
                column = Self.declare("columns of \(items.type)", wanted: items.type + "Column", in: &scope, into: &nestedDeclarations) {
                    Self.columnEnum($0, item: item, access: module.access)
                }
            }
            paging = (items.type, items.name, total.map { Self.intExpression("page." + $0.name, type: $0.type, module: module) }, column)
            companions = (scope.methods.claim("all"), scope.methods.claim("count"))
        } else {
            companions = nil
        }

        var labels = MemberNames(reserving: ["options", "request", "response"])
        let templates = PathTemplate.parse(operation.path).names
        for templateName in templates {
            let param = operation.params.first { $0.name == templateName && $0.style == .template } ?? Parameter(name: templateName, style: .template, required: true, location: operation.location)
            arguments.append(argument(param, labels: &labels, module: module, scope: &scope))
        }
        if let body = operation.request.first(where: { $0.element != nil }), let element = body.element,
           let declaration = model.element(named: element), let type = module.typeNames[declaration.type],
           records[type] != nil {
            arguments.append(Argument(label: "_", declaration: "_ body: \(type)",
                                      apply: ["request.body = RequestBody(body, rootName: \(SwiftLiteral.string(element.name)))"]))
        }
        for param in operation.params where param.style != .template && param.style != .plain {
            if param.fixedValue != nil { continue }
            arguments.append(argument(param, labels: &labels, module: module, scope: &scope))
        }
    }

    // MARK: Arguments

    /// The name of a nested type, declared the first time the group needs it.
    private static func declare(_ signature: String, wanted: String, in scope: inout EndpointsRenderer.EndpointScope,
                                into declarations: inout [[String]], _ declaration: (String) -> [String]) -> String {
        if let known = scope.declared[signature] { return known }
        let name = scope.nestedTypes.claim(wanted)
        scope.declared[signature] = name
        declarations.append(declaration(name))
        return name
    }

    private mutating func argument(_ param: Parameter, labels: inout MemberNames, module: GeneratedModule, scope: inout EndpointsRenderer.EndpointScope) -> Argument {
        let label = labels.claim(SwiftIdentifier.memberName(param.name))
        let escaped = SwiftIdentifier.escaped(label)
        let key = SwiftLiteral.string(param.name)
        var type: String
        var lexical: (String) -> String = { "\($0).lexical" }
        if param.style == .query, param.name == "query", let column = paging?.column {
            type = "Query<\(column)>"
            lexical = { "\($0).rawValue" }
        } else if param.style == .query, param.name == "sort", let column = paging?.column {
            type = "Sort<\(column)>"
            lexical = { "\($0).rawValue" }
        } else if !param.options.isEmpty {
            let signature = "options of \(param.name): " + param.options.map(\.value).joined(separator: "\u{0}")
            type = Self.declare(signature, wanted: SwiftIdentifier.typeName(param.name) + "Option", in: &scope, into: &nestedDeclarations) {
                Self.optionEnum($0, param.options, access: module.access)
            }
            lexical = { "\($0).rawValue" }
        } else if param.type.isBuiltin {
            type = BuiltinSwiftType.swiftType(param.type.name)
        } else {
            type = module.typeNames[param.type] ?? "String"
        }
        let required = param.required || param.style == .template
        let declaration: String
        var apply: [String]
        switch (param.style, param.repeating, required) {
        case (.template, _, _):
            declaration = "\(label): \(type)"
            apply = ["request.pathParameters[\(key)] = \(lexical(escaped))"]
        case (_, true, _):
            declaration = "\(label): [\(type)] = []"
            apply = ["for value in \(escaped) { \(Self.add(param, key: key, value: lexical("value"))) }"]
        case (_, false, true):
            declaration = "\(label): \(type)"
            apply = [Self.add(param, key: key, value: lexical(escaped))]
        case (_, false, false):
            declaration = "\(label): \(type)? = nil"
            apply = ["if let value = \(escaped) { \(Self.add(param, key: key, value: lexical("value"))) }"]
        }
        return Argument(label: label, declaration: declaration, apply: apply)
    }

    private static func add(_ param: Parameter, key: String, value: String) -> String {
        switch param.style {
        case .header: return "request.headers.append((\(key), \(value)))"
        case .matrix: return "request.path += \";\" + \(key) + \"={\" + \(key) + \"}\"; request.pathParameters[\(key)] = \(value)"
        default: return "request.query.append(\(key), \(value))"
        }
    }

    // MARK: Results

    private static func result(of operation: Operation, model: APIModel, module: GeneratedModule, records: [String: RecordDecl]) -> Result {
        let successes = operation.responses.filter { $0.statuses.contains { (200..<300).contains($0) } }
        let statuses = Array(Set(successes.flatMap { $0.statuses.filter { (200..<300).contains($0) } })).sorted()
        for response in successes {
            for representation in response.representations {
                guard let element = representation.element, let declaration = model.element(named: element),
                      let type = module.typeNames[declaration.type], records[type] != nil else { continue }
                return .decoded(type: type, root: element.name, statuses: response.statuses.filter { (200..<300).contains($0) })
            }
        }
        if statuses.contains(201) { return .created(statuses: statuses) }
        if successes.contains(where: { $0.representations.contains { $0.mediaType?.hasPrefix("text/") == true } }) {
            return .text(statuses: statuses)
        }
        return .none(statuses: statuses.isEmpty ? [200, 204] : statuses)
    }

    private var returnClause: String {
        switch result {
        case .decoded(let type, _, _): return " -> \(type)"
        case .created: return " -> CreatedObject"
        case .text: return " -> String"
        case .none: return ""
        }
    }

    // MARK: Rendering

    func render(into writer: inout CodeWriter) {
        for declaration in nestedDeclarations {
            writer.line()
            writer.lines(declaration)
        }
        writer.line()
        let summary = "\(operation.method) \(operation.path)" + (operation.id.map { " (`\($0)`)" } ?? "")
        writer.documentation((operation.documentation.map { SwiftLiteral.documentation($0) + [""] } ?? [])
                             + SwiftLiteral.documentation("- Remark: \(summary), `\(operation.location)`."))
        let parameters = arguments.map(\.declaration) + ["options: RequestOptions = RequestOptions()"]
        writer.block("\(access) func \(SwiftIdentifier.escaped(name))(\(parameters.joined(separator: ", "))) async throws\(returnClause)") { body in
            body.line("\(arguments.isEmpty ? "let" : "var") request = OperationRequest(method: .\(Self.methodCase(operation.method)), path: \(SwiftLiteral.string(operation.path)), options: options)")
            for argument in arguments { body.lines(argument.apply) }
            body.line("let response = try await client.perform(request)")
            body.block("switch response.status") { cases in
                switch result {
                case .decoded(let type, let root, let statuses):
                    cases.line("case \(statuses.map(String.init).joined(separator: ", ")): return try client.decode(\(type).self, rootName: \(SwiftLiteral.string(root)), from: response)")
                case .created(let statuses):
                    cases.line("case \(statuses.map(String.init).joined(separator: ", ")): return try client.created(response)")
                case .text(let statuses):
                    cases.line("case \(statuses.map(String.init).joined(separator: ", ")): return String(decoding: response.body, as: UTF8.self)")
                case .none(let statuses):
                    cases.line("case \(statuses.map(String.init).joined(separator: ", ")): return")
                }
                cases.line("default: throw client.failure(response)")
            }
        }
        if let paging, let companions { renderPaging(paging, companions, into: &writer) }
    }

    private func renderPaging(_ paging: (item: String, items: String, total: String?, column: String?), _ names: (all: String, count: String), into writer: inout CodeWriter) {
        let passed = arguments.filter { !["rowsPerPage", "pageNumber"].contains($0.label) }
        // The list is called with its arguments in its own declaration order, the paging ones
        // filled in where they stand.
        func call(_ paging: [String: String], leaving omitted: Set<String> = []) -> String {
            let values = arguments.compactMap { argument -> String? in
                if let value = paging[argument.label] { return "\(argument.label): \(value)" }
                if omitted.contains(argument.label) { return nil }
                return argument.label == "_" ? "body" : "\(argument.label): \(SwiftIdentifier.escaped(argument.label))"
            }
            return (values + ["options: options"]).joined(separator: ", ")
        }
        writer.line()
        writer.documentation(["Every item of `\(name)`, page by page (`rowsPerPage` at a time), as one sequence."])
        let allParameters = passed.map(\.declaration) + ["rowsPerPage: Int = 100", "options: RequestOptions = RequestOptions()"]
        writer.block("\(access) func \(names.all)(\(allParameters.joined(separator: ", "))) -> PagedSequence<\(paging.item)>") { body in
            body.line("PagedSequence(rowsPerPage: rowsPerPage) { pageNumber, rowsPerPage in")
            body.line("    let page = try await self.\(SwiftIdentifier.escaped(name))(\(call(["rowsPerPage": "rowsPerPage", "pageNumber": "pageNumber"])))")
            body.line("    return Page(items: page.\(paging.items), total: \(paging.total ?? "nil"))")
            body.line("}")
        }
        writer.line()
        writer.documentation(["How many items `\(name)` would return, without fetching them (a page of size 0)."])
        let countParameters = passed.filter { $0.label != "sort" }.map(\.declaration) + ["options: RequestOptions = RequestOptions()"]
        writer.block("\(access) func \(names.count)(\(countParameters.joined(separator: ", "))) async throws -> Int") { body in
            body.line("let page = try await \(SwiftIdentifier.escaped(name))(\(call(["rowsPerPage": "0", "pageNumber": "1"], leaving: ["sort"])))")
            body.line("return " + (paging.total.map { "\($0) ?? page.\(paging.items).count" } ?? "page.\(paging.items).count"))
        }
    }

    // MARK: Helpers

    private static func methodCase(_ method: String) -> String {
        switch method {
        case "GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT": return method.lowercased()
        default: return "init(\(SwiftLiteral.string(method)))!"
        }
    }

    /// An `Int?` expression for a count property, whatever simple type holds it.
    private static func intExpression(_ property: String, type: String, module: GeneratedModule) -> String {
        if type == "Int" { return property }
        if let simple = module.simpleTypes.first(where: { $0.name == type }), simple.shape == .atomic(raw: "Int") { return "\(property)?.rawValue" }
        return "\(property).flatMap { Int($0.lexical) }"
    }

    private static func optionEnum(_ name: String, _ options: [Parameter.Option], access: String) -> [String] {
        var members = MemberNames()
        var lines = ["\(access) enum \(name): String, Sendable, CaseIterable {"]
        for option in options {
            for line in option.documentation.map(SwiftLiteral.documentation) ?? [] { lines.append("    /// " + line) }
            let caseName = members.claim(Translator.caseName(EnumerationValue(value: option.value, location: SourceLocation(file: "", line: 0))))
            lines.append("    case \(SwiftIdentifier.escaped(caseName)) = \(SwiftLiteral.string(option.value))")
        }
        lines.append("}")
        return lines
    }

    /// The columns a list can be searched and sorted by: the item's simple fields.
    private static func columnEnum(_ name: String, item: RecordDecl, access: String) -> [String] {
        let columns = item.properties.compactMap { property -> (String, String)? in
            guard case .element(let xmlName) = property.role, property.coding == .simple, property.cardinality != .array else { return nil }
            return (property.name, xmlName.localName)
        }
        var lines = ["/// The columns of `\(item.name)` a query or sort can name (CUPI accepts one indexed or boolean column).",
                     "\(access) enum \(name): QueryColumn {"]
        for (caseName, _) in columns { lines.append("    case \(SwiftIdentifier.escaped(caseName))") }
        lines.append("    /// A column this schema does not list.")
        lines.append("    case other(String)")
        lines.append("")
        lines.append("    \(access) init?(rawValue: String) {")
        lines.append("        switch rawValue {")
        for (caseName, column) in columns { lines.append("        case \(SwiftLiteral.string(column)): self = .\(SwiftIdentifier.escaped(caseName))") }
        lines.append("        default: self = .other(rawValue)")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
        lines.append("    \(access) var rawValue: String {")
        lines.append("        switch self {")
        for (caseName, column) in columns { lines.append("        case .\(SwiftIdentifier.escaped(caseName)): return \(SwiftLiteral.string(column))") }
        lines.append("        case .other(let column): return column")
        lines.append("        }")
        lines.append("    }")
        lines.append("}")
        return lines
    }
}
