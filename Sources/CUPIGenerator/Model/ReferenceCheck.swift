/// Binds the WADL's references into the schemas: every representation's element must be a
/// declared global element, and every param type a built-in or defined simple type.
enum ReferenceCheck {
    static func run(on model: inout APIModel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let elements = Set(model.elements.map(\.name))
        let types = Set(model.types.map(\.name))

        func check(_ representation: Representation) {
            if let element = representation.element, !elements.contains(element) {
                diagnostics.append(.error("undefined element '\(element)' in representation", at: representation.location))
            }
            representation.params.forEach(check)
        }
        func check(_ param: Parameter) {
            guard !types.contains(param.type) else { return }
            if param.type.isBuiltin, BuiltinTypeNames.all.contains(param.type.name) { return }
            diagnostics.append(.error("undefined type '\(param.type)' of param '\(param.name)'", at: param.location))
        }
        // WADLs often write built-in types unprefixed (`type="string"`); read those as XML Schema's.
        func rebind(_ param: inout Parameter) {
            if param.type.namespace.isEmpty, !types.contains(param.type), BuiltinTypeNames.all.contains(param.type.name) {
                param.type = .xsd(param.type.name)
            }
        }
        func rebind(_ resource: inout Resource) {
            for index in resource.params.indices { rebind(&resource.params[index]) }
            for index in resource.operations.indices { rebind(&resource.operations[index]) }
            for index in resource.resources.indices { rebind(&resource.resources[index]) }
        }
        func rebind(_ operation: inout Operation) {
            for index in operation.params.indices { rebind(&operation.params[index]) }
        }
        for index in model.resources.indices { rebind(&model.resources[index]) }
        for index in model.operations.indices { rebind(&model.operations[index]) }

        for operation in model.operations {
            operation.params.forEach(check)
            operation.request.forEach(check)
            for response in operation.responses {
                response.representations.forEach(check)
                response.params.forEach(check)
            }
        }
        return diagnostics
    }
}
