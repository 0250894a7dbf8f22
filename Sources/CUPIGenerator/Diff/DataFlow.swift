/// Which types a client sends and which it receives: the types reachable from request
/// representations and params, and those reachable from responses, transitively through
/// fields, bases, choice alternatives, substitutes, list items and union members.
struct DataFlow {
    private(set) var sent: Set<QName> = []
    private(set) var received: Set<QName> = []

    /// The flow of both models together: a type used in requests by either version is a
    /// request type, since the change lies between the two.
    init(_ models: APIModel...) {
        for model in models {
            let graph = TypeGraph(model)
            var requestRoots: [QName] = [], responseRoots: [QName] = []
            for operation in model.operations {
                requestRoots += operation.params.map(\.type)
                for representation in operation.request {
                    requestRoots += representation.params.map(\.type)
                    if let element = representation.element, let type = model.element(named: element)?.type { requestRoots.append(type) }
                }
                for response in operation.responses {
                    responseRoots += response.params.map(\.type)
                    for representation in response.representations {
                        if let element = representation.element, let type = model.element(named: element)?.type { responseRoots.append(type) }
                    }
                }
            }
            sent.formUnion(graph.closure(of: requestRoots))
            received.formUnion(graph.closure(of: responseRoots))
        }
    }

    /// The direction of data of `type`. A type neither sent nor received (every type of a bare
    /// XSD) counts as both: a schema alone says nothing about who writes its documents.
    func direction(of type: QName?) -> Change.Direction {
        // A built-in type is everywhere; what uses it decides.
        guard let type, !type.isBuiltin else { return .both }
        switch (sent.contains(type), received.contains(type)) {
        case (true, false): return .request
        case (false, true): return .response
        default: return .both
        }
    }
}
