/// Chooses one Swift name per schema type, deterministically: named types before anonymous
/// ones, each group in qualified-name order; a later type whose name is taken gets a number.
struct TypeNames {
    /// Names a schema type may not take, derived from what the generated code needs: the modules
    /// it qualifies every outside name with (`Swift.String`, `CUPIRuntime.Page`), the declarations
    /// it adds beside the types, and the words Swift does not accept as a type's name. Any other
    /// name, `String` or `Page` included, is the schema's to use.
    static let reserved: Set<String> = Qualified.modules.union(FixedDeclarations.names).union(["Any", "AnyObject", "Self", "Type", "Protocol"])

    private(set) var byType: [QName: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `alsoReserved`: names the generated code takes besides the fixed ones (the client's name).
    init(_ types: [TypeDefinition], overrides: [String: String], alsoReserved: Set<String> = []) {
        var taken: [String: QName] = [:]
        // Named types first, by index: the definitions are large to copy.
        let ordered = types.indices.filter { !types[$0].isAnonymous } + types.indices.filter { types[$0].isAnonymous }
        for type in ordered.lazy.map({ types[$0] }) {
            let overridden = overrides.isEmpty ? nil : overrides[type.name.description] ?? overrides[type.name.name]
            let wanted = overridden ?? Self.baseName(of: type)
            var name = SwiftIdentifier.typeName(wanted)
            if Self.reserved.contains(name) || alsoReserved.contains(name) { name += "Type" }
            if let holder = taken[name] {
                var counter = 2
                while taken["\(name)\(counter)"] != nil { counter += 1 }
                diagnostics.append(.warning("type '\(type.name)' is generated as '\(name)\(counter)' because '\(holder)' is '\(name)'", at: type.location))
                name += String(counter)
            }
            taken[name] = type.name
            byType[type.name] = name
        }
    }

    /// The words a type's name is made of: its own name, or for an anonymous type the path it
    /// stands at, with group markers turned into words (`Record/choice(2)` → `Record Choice2`).
    static func baseName(of type: TypeDefinition) -> String {
        guard type.isAnonymous else { return type.name.name }
        return type.name.name.split(separator: "/").map { segment -> String in
            var text = String(segment)
            if text.hasPrefix("@") { text.removeFirst() }
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return text.prefix(1).uppercased() + text.dropFirst() }
            let word = String(text[..<open])
            let number = text[text.index(after: open)..<text.index(before: text.endIndex)]
            return word.prefix(1).uppercased() + word.dropFirst() + (number == "1" ? "" : String(number))
        }.joined(separator: " ")
    }
}
