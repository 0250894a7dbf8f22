/// The resolved API: what the WADL says about resources and operations, and what its schemas
/// say about types, with every reference bound. Code generation and diff read only this.
public struct APIModel: Sendable, Hashable, Codable {
    /// The `resources/@base` URL template, if the input is a WADL.
    public var baseURL: String?
    /// Top-level resources, in document order.
    public var resources: [Resource]
    /// Every operation of every resource, flattened, in document order.
    public var operations: [Operation]
    /// Global element declarations, sorted by name.
    public var elements: [ElementDeclaration]
    /// Every type the input defines (named and anonymous), sorted by name. Built-in XSD types
    /// are not listed; references to them use `QName.xsd(_:)`.
    public var types: [TypeDefinition]
    /// The files read, relative to the input's folder, sorted.
    public var sourceFiles: [String]
    /// Documentation of the whole application.
    public var documentation: String?

    public init(baseURL: String? = nil, resources: [Resource] = [], operations: [Operation] = [],
                elements: [ElementDeclaration] = [], types: [TypeDefinition] = [],
                sourceFiles: [String] = [], documentation: String? = nil) {
        self.baseURL = baseURL
        self.resources = resources
        self.operations = operations
        self.elements = elements
        self.types = types
        self.sourceFiles = sourceFiles
        self.documentation = documentation
    }

    /// The type named `name`, if the input defines it.
    public func type(named name: QName) -> TypeDefinition? {
        types.binarySearch(name, by: \.name)
    }

    /// The global element named `name`, if the input declares it.
    public func element(named name: QName) -> ElementDeclaration? {
        elements.binarySearch(name, by: \.name)
    }
}

extension Array {
    /// Binary search in an array sorted by `key`.
    func binarySearch<Key: Comparable>(_ target: Key, by key: (Element) -> Key) -> Element? {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            let value = key(self[middle])
            if value == target { return self[middle] }
            if value < target { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
