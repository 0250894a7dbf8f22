/// What to generate and how; read from the config file and the command line.
public struct GeneratorOptions: Sendable, Hashable {
    public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
        case `public`, `package`, `internal`
    }

    /// Parts that can be left out; the models themselves are always generated.
    public enum Part: String, Sendable, Hashable, CaseIterable, Comparable {
        case validators, xml, json

        public static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    public var accessModifier: AccessModifier
    public var parts: Set<Part>
    /// Swift names for schema names: a type's name (`User` or `{urn:x}User`) → its Swift type
    /// name, or an element or attribute name → its property name.
    public var nameOverrides: [String: String]

    public init(accessModifier: AccessModifier = .public, parts: Set<Part> = Set(Part.allCases), nameOverrides: [String: String] = [:]) {
        self.accessModifier = accessModifier
        self.parts = parts
        self.nameOverrides = nameOverrides
    }
}
