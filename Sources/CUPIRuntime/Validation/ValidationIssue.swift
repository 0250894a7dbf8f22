/// One violation of a schema facet or occurrence bound.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// Where: `User/AlternateExtensions/AlternateExtension[2]/DtmfAccessId`.
    public var path: String
    /// Which rule: `maxLength 64`, `pattern [0-9]{3,8}`, `minOccurs 1`, `enumeration`, `minInclusive 0`, …
    public var rule: String
    /// The offending lexical value (nil for occurrence violations).
    public var value: String?

    /// Makes an issue.
    public init(path: String, rule: String, value: String? = nil) {
        self.path = path
        self.rule = rule
        self.value = value
    }

    /// `PATH: violates RULE: 'VALUE'`.
    public var description: String {
        let location = path.isEmpty ? "(value)" : path
        return value.map { "\(location): violates \(rule): '\($0)'" } ?? "\(location): violates \(rule)"
    }

    /// `parent/child`, or `child` when `parent` is empty; `index` (0-based) is written 1-based as `child[n]`.
    @_spi(Generated) public static func path(_ parent: String, _ child: String, index: Int? = nil) -> String {
        let name = index.map { "\(child)[\($0 + 1)]" } ?? child
        return parent.isEmpty ? name : parent + "/" + name
    }
}

/// A value that can check itself against its schema's facets and occurrence bounds.
public protocol Validatable {
    /// Appends every violation found in this value (and nested values) under `path`.
    @_spi(Generated) func validate(at path: String, into issues: inout [ValidationIssue])
}

extension Validatable {
    /// Every violation in this value, with paths relative to it.
    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        validate(at: "", into: &issues)
        return issues
    }
}
