/// A WADL resource: a path template, its params, its methods and nested resources.
public struct Resource: Sendable, Hashable, Codable {
    /// The resource's own `path` as written (`{objectId}`, `users`, `{id: [0-9]+}`).
    public var path: String
    /// The full path from the base, segments joined with `/`, regex parts of templates removed.
    public var fullPath: String
    public var id: String?
    /// Params declared on this resource (template, matrix, query, header), not inherited ones.
    public var params: [Parameter]
    public var operations: [Operation]
    public var resources: [Resource]
    public var documentation: String?
    public var location: SourceLocation

    public init(path: String, fullPath: String, id: String? = nil, params: [Parameter] = [],
                operations: [Operation] = [], resources: [Resource] = [],
                documentation: String? = nil, location: SourceLocation) {
        self.path = path
        self.fullPath = fullPath
        self.id = id
        self.params = params
        self.operations = operations
        self.resources = resources
        self.documentation = documentation
        self.location = location
    }
}
