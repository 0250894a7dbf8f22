/// The route table in `Endpoints.swift`: `CUPI.routes`, one `CUPIRuntime.OperationRoute` per
/// operation, appended one by one (a long array literal type-checks slowly), from functions of
/// at most `routesPerFunction` appends each (one function of 1,100 took 472 ms to type-check).
struct RoutesRenderer {
    let module: GeneratedModule
    private static let routesPerFunction = 100

    func render(into writer: inout CodeWriter) {
        let route = Qualified.runtime("OperationRoute")
        let table = FixedDeclarations.routeParts
        let parts = module.routes.chunks(ofSize: Self.routesPerFunction)
        writer.line()
        writer.block("extension \(module.clientName)") { body in
            body.documentation(["Every operation of the description as data: method, path, parameters, elements, media",
                                "types and statuses, in the description's order. A server that serves this API (the mock)",
                                "reads it instead of the description."])
            body.block("\(module.access) static var routes: [\(route)]") { getter in
                getter.line("var routes: [\(route)] = []")
                getter.line("routes.reserveCapacity(\(module.routes.count))")
                for index in parts.indices { getter.line("\(table).append\(index + 1)(to: &routes)") }
                getter.line("return routes")
            }
        }
        writer.line()
        writer.block("private enum \(table)") { body in
            for (index, part) in parts.enumerated() {
                if index > 0 { body.line() }
                body.block("static func append\(index + 1)(to routes: inout [\(route)])") { function in
                    for decl in part { function.line("routes.append(\(route)(\(Self.arguments(decl).joined(separator: ", "))))") }
                }
            }
        }
    }

    private static func arguments(_ decl: RouteDecl) -> [String] {
        [
            "method: \(SwiftLiteral.string(decl.method))",
            "path: \(SwiftLiteral.string(decl.path))",
            "operationId: \(decl.operationId.map(SwiftLiteral.string) ?? "nil")",
            "requiredQuery: \(strings(decl.requiredQuery))",
            "requestElement: \(decl.requestElement.map(SwiftLiteral.string) ?? "nil")",
            "requestMediaTypes: \(strings(decl.requestMediaTypes))",
            "responseElement: \(decl.responseElement.map(SwiftLiteral.string) ?? "nil")",
            "listItemElement: \(decl.listItemElement.map(SwiftLiteral.string) ?? "nil")",
            "responseMediaTypes: \(strings(decl.responseMediaTypes))",
            "successStatuses: [\(decl.successStatuses.map(String.init).joined(separator: ", "))]",
        ]
    }

    private static func strings(_ values: [String]) -> String {
        "[" + values.map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }
}
