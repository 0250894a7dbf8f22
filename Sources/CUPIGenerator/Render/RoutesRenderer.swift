/// The route table in `Endpoints.swift`: `CUPI.routes`, one `CUPIRuntime.OperationRoute` per
/// operation, appended one by one (a long array literal type-checks slowly).
struct RoutesRenderer {
    let module: GeneratedModule

    func render(into writer: inout CodeWriter) {
        let route = Qualified.runtime("OperationRoute")
        writer.line()
        writer.block("extension \(module.clientName)") { body in
            body.documentation(["Every operation of the description as data: method, path, parameters, elements, media",
                                "types and statuses, in the description's order. A server that serves this API (the mock)",
                                "reads it instead of the description."])
            body.block("\(module.access) static var routes: [\(route)]") { getter in
                getter.line("var routes: [\(route)] = []")
                getter.line("routes.reserveCapacity(\(module.routes.count))")
                for decl in module.routes {
                    let arguments = [
                        "method: \(SwiftLiteral.string(decl.method))",
                        "path: \(SwiftLiteral.string(decl.path))",
                        "operationId: \(decl.operationId.map(SwiftLiteral.string) ?? "nil")",
                        "requiredQuery: \(Self.strings(decl.requiredQuery))",
                        "requestElement: \(decl.requestElement.map(SwiftLiteral.string) ?? "nil")",
                        "requestMediaTypes: \(Self.strings(decl.requestMediaTypes))",
                        "responseElement: \(decl.responseElement.map(SwiftLiteral.string) ?? "nil")",
                        "listItemElement: \(decl.listItemElement.map(SwiftLiteral.string) ?? "nil")",
                        "responseMediaTypes: \(Self.strings(decl.responseMediaTypes))",
                        "successStatuses: [\(decl.successStatuses.map(String.init).joined(separator: ", "))]",
                    ]
                    getter.line("routes.append(\(route)(\(arguments.joined(separator: ", "))))")
                }
                getter.line("return routes")
            }
        }
    }

    private static func strings(_ values: [String]) -> String {
        "[" + values.map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }
}
