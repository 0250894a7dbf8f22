/// The WADL side: resources by path, operations by method and path, then inside an operation
/// params, request representations and responses by status.
extension DiffRun {
    mutating func compareAPI() {
        compareDocumentation(old.model.documentation, new.model.documentation, of: "application", .both,
                             at: "application", old: nil, new: nil, symbol: nil)
        let resources = Matching(Self.allResources(old.model.resources), Self.allResources(new.model.resources)) {
            Self.matchingPath($0.fullPath)
        }
        for (_, resource) in resources.removed {
            report(.resourceRemoved, .both, at: resource.fullPath,
                   "resource \(resource.fullPath) removed\(Self.methods(resource))", old: resource.location, new: nil, symbol: nil)
        }
        for (_, resource) in resources.added {
            report(.resourceAdded, .both, at: resource.fullPath,
                   "resource \(resource.fullPath) added\(Self.methods(resource))", old: nil, new: resource.location, symbol: nil)
        }
        for (_, before, after) in resources.matched {
            if before.id != after.id {
                report(.identifierChanged, .both, at: after.fullPath,
                       "resource \(after.fullPath): id \(before.id ?? "(none)") → \(after.id ?? "(none)")",
                       old: before.location, new: after.location, symbol: nil)
            }
            compareDocumentation(before.documentation, after.documentation, of: "resource \(after.fullPath)", .both,
                                 at: after.fullPath, old: before.location, new: after.location, symbol: nil)
        }
        // Methods of an added or removed resource are listed in that resource's change.
        let settled = Set((resources.removed + resources.added).map(\.key))
        let operations = Matching(old.model.operations.filter { !settled.contains(Self.matchingPath($0.path)) },
                                  new.model.operations.filter { !settled.contains(Self.matchingPath($0.path)) }) {
            "\($0.method) \(Self.matchingPath($0.path))"
        }
        for (_, operation) in operations.removed {
            report(.operationRemoved, .both, at: Self.label(operation), "\(Self.label(operation)) removed",
                   old: operation.location, new: nil, symbol: old.symbols.operation(operation))
        }
        for (_, operation) in operations.added {
            report(.operationAdded, .both, at: Self.label(operation), "\(Self.label(operation)) added",
                   old: nil, new: operation.location, symbol: new.symbols.operation(operation))
        }
        for (_, before, after) in operations.matched { compareOperation(before, after) }
    }

    private mutating func compareOperation(_ before: Operation, _ after: Operation) {
        let label = Self.label(after)
        let symbol = new.symbols.operation(after)
        if before.id != after.id {
            report(.identifierChanged, .both, at: label, "\(label): id \(before.id ?? "(none)") → \(after.id ?? "(none)")",
                   old: before.location, new: after.location, symbol: symbol)
        }
        compareDocumentation(before.documentation, after.documentation, of: label, .both,
                             at: label, old: before.location, new: after.location, symbol: symbol)
        compareParams(before.params, after.params, .request, in: label, operations: (before, after))
        compareRepresentations(before.request, after.request, .request, in: "\(label) request", operations: (before, after))
        compareResponses(before, after, label: label)
    }

    private mutating func compareResponses(_ before: Operation, _ after: Operation, label: String) {
        let statuses = Matching(Self.byStatus(before), Self.byStatus(after)) { String($0.status) }
        for (_, entry) in statuses.removed {
            let rule: DiffRule = entry.status < 400 ? .successStatusRemoved : .errorStatusRemoved
            report(rule, .response, at: "\(label) \(entry.status)", "\(label): status \(entry.status) removed",
                   old: entry.response.location, new: nil, symbol: new.symbols.operation(after))
        }
        for (_, entry) in statuses.added {
            report(.statusAdded, .response, at: "\(label) \(entry.status)", "\(label): status \(entry.status) added",
                   old: nil, new: entry.response.location, symbol: new.symbols.operation(after))
        }
        for (_, x, y) in statuses.matched {
            let place = "\(label) \(y.status)"
            compareDocumentation(x.response.documentation, y.response.documentation, of: "\(place) response", .response,
                                 at: place, old: x.response.location, new: y.response.location, symbol: nil)
            compareParams(x.response.params, y.response.params, .response, in: place, operations: (before, after))
            compareRepresentations(x.response.representations, y.response.representations, .response,
                                   in: place, operations: (before, after))
        }
    }

    private mutating func compareRepresentations(_ before: [Representation], _ after: [Representation],
                                                 _ direction: Change.Direction, in label: String,
                                                 operations: (Operation, Operation)) {
        let matching = Matching(before, after) { $0.mediaType ?? "*/*" }
        for (key, representation) in matching.removed {
            report(.representationRemoved, direction, at: "\(label) \(key)", "\(label): \(Self.describe(representation)) removed",
                   old: representation.location, new: nil, symbol: old.symbols.operation(operations.0))
        }
        for (key, representation) in matching.added {
            report(.representationAdded, direction, at: "\(label) \(key)", "\(label): \(Self.describe(representation)) added",
                   old: nil, new: representation.location, symbol: new.symbols.operation(operations.1))
        }
        for (key, x, y) in matching.matched {
            let path = "\(label) \(key)"
            if x.element != y.element {
                let subject = "\(path): element \(x.element.map(Self.display) ?? "(none)") → \(y.element.map(Self.display) ?? "(none)")"
                if let a = old.elementType(x.element), let b = new.elementType(y.element), equivalence.equivalent(a, b) {
                    report(.typeRenamed, direction, at: path, subject + " (same structure)", old: x.location, new: y.location,
                           symbol: new.symbols.type(b))
                } else {
                    report(.representationElementChanged, direction, at: path, subject, old: x.location, new: y.location,
                           symbol: new.elementType(y.element).flatMap(new.symbols.type))
                }
            }
            compareDocumentation(x.documentation, y.documentation, of: "\(path) representation", direction,
                                 at: path, old: x.location, new: y.location, symbol: nil)
            compareParams(x.params, y.params, direction, in: path, operations: operations)
        }
    }

    // MARK: Helpers

    /// Every resource, nested ones included, in document order.
    static func allResources(_ resources: [Resource]) -> [Resource] {
        resources.flatMap { [$0] + allResources($0.resources) }
    }

    /// A path with template names blanked (`users/{}`): renaming `{id}` to `{objectId}` keeps the URL.
    static func matchingPath(_ path: String) -> String {
        var result = "", depth = 0
        for character in path.trimmingSlashes {
            if character == "{" { depth += 1; if depth == 1 { result += "{}" } }
            else if character == "}" { depth = max(depth - 1, 0) }
            else if depth == 0 { result.append(character) }
        }
        return result
    }

    static func label(_ operation: Operation) -> String { "\(operation.method) \(operation.path.trimmingSlashes)" }

    private static func methods(_ resource: Resource) -> String {
        resource.operations.isEmpty ? "" : " (\(resource.operations.map(\.method).joined(separator: ", ")))"
    }

    private static func describe(_ representation: Representation) -> String {
        let media = representation.mediaType ?? "representation"
        return representation.element.map { "\(media) (\(display($0)))" } ?? media
    }

    /// Each response once per status it covers; a response without statuses means 200.
    private static func byStatus(_ operation: Operation) -> [(status: Int, response: Response)] {
        operation.responses.flatMap { response in (response.statuses.isEmpty ? [200] : response.statuses).map { ($0, response) } }
    }
}

extension String {
    fileprivate var trimmingSlashes: Substring {
        let start = firstIndex { $0 != "/" } ?? endIndex
        let end = lastIndex { $0 != "/" }.map(index(after:)) ?? start
        return start < end ? self[start..<end] : ""
    }
}
