/// The route table: every operation's method, path, parameters, elements, media types and
/// statuses, as data a server reads instead of the description (the mock serves from it).
enum RouteTranslator {
    static func translate(_ model: APIModel) -> [RouteDecl] {
        model.operations.map { operation in
            let successes = operation.responses.filter { $0.statuses.isEmpty || $0.statuses.contains { (200..<300).contains($0) } }
            let responseElement = successes.lazy.flatMap(\.representations).compactMap(\.element).first
            let statuses = Set(successes.flatMap { $0.statuses.filter { (200..<300).contains($0) } })
            return RouteDecl(
                method: operation.method, path: operation.path, operationId: operation.id,
                requiredQuery: operation.params.filter { $0.style == .query && $0.required }.map(\.name),
                requestElement: operation.request.lazy.compactMap(\.element).first?.name,
                requestMediaTypes: unique(operation.request.compactMap(\.mediaType)),
                responseElement: responseElement?.name,
                listItemElement: responseElement.flatMap { listItem(of: $0, in: model) },
                responseMediaTypes: unique(successes.flatMap { $0.representations.compactMap(\.mediaType) }),
                successStatuses: statuses.isEmpty ? [200] : statuses.sorted())
        }
    }

    /// The item element of a list document: CUPI's list types carry a `total` attribute and one
    /// repeating element.
    private static func listItem(of element: QName, in model: APIModel) -> String? {
        guard let declaration = model.element(named: element), let type = model.type(named: declaration.type),
              case .record(let record) = type.kind,
              record.fields.contains(where: { $0.kind == .attribute && $0.name?.name == "total" }) else { return nil }
        return record.fields.first { $0.kind == .element && $0.occurs.isRepeating }.flatMap { ($0.name ?? $0.reference)?.name }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
