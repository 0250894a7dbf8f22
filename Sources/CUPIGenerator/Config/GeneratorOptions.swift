/// What to generate and how; read from the config file and the command line.
public struct GeneratorOptions: Sendable, Hashable {
    public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
        case `public`, `package`, `internal`
    }

    /// Parts that can be left out; the models themselves are always generated.
    public enum Part: String, Sendable, Hashable, CaseIterable, Comparable {
        case validators, xml, json
        /// Endpoint stubs; they need the other three.
        case endpoints

        public static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    /// Derived conformances the models (records and choices) may leave out to build faster;
    /// `Sendable` and `Equatable` they always have.
    public enum Conformance: String, Sendable, Hashable, CaseIterable, Comparable {
        case Codable, Hashable

        public static func < (a: Conformance, b: Conformance) -> Bool { a.rawValue < b.rawValue }
    }

    public var accessModifier: AccessModifier
    public var parts: Set<Part>
    /// Swift names for schema names: a type's name (`User` or `{urn:x}User`) → its Swift type
    /// name, or an element or attribute name → its property name.
    public var nameOverrides: [String: String]
    /// The name of the generated struct that holds the endpoint groups.
    public var clientName: String
    /// How many files the models are spread over (`ModelFiles`): 1 to `modelFilesRange.upperBound`.
    public var modelFiles: Int
    /// Whether `Description.swift` carries the description's files, for a server that serves them
    /// (the mock); off by default, as it adds the schema text to the binary.
    public var embedDescription: Bool
    /// The models' derived conformances (default: both).
    public var conformances: Set<Conformance>

    public static let modelFilesRange = 1...ModelFiles.maximum

    /// Whether `name` can name the client struct: an upper-camel-case Swift identifier, not a keyword.
    public static func isValidClientName(_ name: String) -> Bool {
        SwiftIdentifier.typeName(name) == name && !SwiftIdentifier.keywords.contains(name) && !TypeNames.reserved.contains(name)
    }

    public init(accessModifier: AccessModifier = .public, parts: Set<Part> = Set(Part.allCases),
                nameOverrides: [String: String] = [:], clientName: String = "CUPI", modelFiles: Int = 1,
                embedDescription: Bool = false, conformances: Set<Conformance> = Set(Conformance.allCases)) {
        self.accessModifier = accessModifier
        self.parts = parts
        self.nameOverrides = nameOverrides
        self.clientName = clientName
        self.modelFiles = modelFiles
        self.embedDescription = embedDescription
        self.conformances = conformances
    }
}
