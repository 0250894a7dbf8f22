/// `XMLCoding.swift`: streaming XML decoding and encoding for every record, over the runtime's
/// reader and writer. Unknown elements and attributes are skipped (or kept, where the schema
/// has a wildcard for them).
struct XMLCodingRenderer {
    let module: GeneratedModule
    /// The types of this file (`ModelFiles`); the first also holds `SchemaElements`.
    let slice: FileSlice
    /// Built once for all the files: it indexes every record and choice of the module.
    let slots: XMLChildSlots

    func render(into writer: inout CodeWriter) {
        if slice.isFirst { renderSchemaElements(into: &writer) }
        renderTypes(into: &writer)
    }

    private func renderSchemaElements(into writer: inout CodeWriter) {
        let access = module.access
        writer.line()
        writer.documentation(["The schema's global elements whose content is a record: a document's root element name",
                              "(`{namespace}name` when it has a namespace) → the type it decodes to."])
        writer.block("\(access) enum \(FixedDeclarations.schemaElements)") { body in
            // Filled by functions of a hundred entries each rather than one literal: the type checker
            // takes about a millisecond per entry of a literal of metatypes, seconds on large schemas.
            let chunks = module.rootElements.chunks(ofSize: Self.rootElementsPerFunction)
            let dictionary = "[Swift.String: any (CUPIRuntime.XMLElementCodable & Swift.Sendable).Type]"
            guard !chunks.isEmpty else { return body.line("\(access) static let types: \(dictionary) = [:]") }
            body.block("\(access) static let types: \(dictionary) =", closer: "}()") { initializer in
                initializer.line("var types: \(dictionary) = [:]")
                for index in chunks.indices { initializer.line("addTypes\(index)(to: &types)") }
                initializer.line("return types")
            }
            for (index, chunk) in chunks.enumerated() {
                body.line()
                body.block("private static func addTypes\(index)(to types: inout \(dictionary))") { function in
                    for (name, type) in chunk { function.line("types[\(SwiftLiteral.string(Self.indexKey(name)))] = \(type).self") }
                }
            }
        }
    }

    private func renderTypes(into writer: inout CodeWriter) {
        for record in slice.records {
            writer.line()
            if record.isGroup {
                writer.block("extension \(record.name)") { body in
                    body.block("func encodeMembers(xml element: CUPIRuntime.XMLElementWriter)") { encode(&$0, record) }
                }
                continue
            }
            writer.block("extension \(record.name): CUPIRuntime.XMLElementCodable") { body in
                let children = childDispatch(record)
                if !children.isEmpty {
                    body.documentation(["The child elements the decoder knows, in the order of its `switch` cases."])
                    body.line("private static let xmlChildNames = CUPIRuntime.XMLChildNames([")
                    for slot in children.cases { body.line("    \(SwiftLiteral.string(Self.indexKey(slot.name))),") }
                    body.line("])")
                    body.line()
                }
                body.block("\(module.witnessAccess) init(xml element: CUPIRuntime.XMLElementReader) throws") { decode(&$0, record, children) }
                body.line()
                body.block("\(module.witnessAccess) func encode(xml element: CUPIRuntime.XMLElementWriter)") { encode(&$0, record) }
            }
        }
        for choice in slice.choices {
            writer.line()
            writer.block("extension \(choice.name)") { body in
                body.block("func encodeMembers(xml element: CUPIRuntime.XMLElementWriter)") { function in
                    function.block("switch self") { cases in
                        for alternative in choice.alternatives {
                            cases.line("case .\(SwiftIdentifier.escaped(alternative.caseName))(let value):")
                            let statement: String
                            if alternative.group != nil || alternative.nestedChoice != nil {
                                statement = "value.encodeMembers(xml: element)"
                            } else if let name = alternative.xmlName, alternative.coding != .anyElement {
                                statement = "element.\(alternative.isArray ? "elements" : "element")(\(Self.nameArguments(name)), value)"
                            } else {
                                statement = alternative.isArray ? "for node in value { element.node(.element(node)) }" : "element.node(.element(value))"
                            }
                            cases.line("    " + statement)
                        }
                    }
                }
            }
        }
    }

    // MARK: Decoding

    private func decode(_ writer: inout CodeWriter, _ record: RecordDecl, _ children: ChildDispatch) {
        let local = record.locals(avoiding: Self.decoderIdentifiers)
        var knownAttributes: [XMLName] = []
        for property in record.properties {
            let name = local[property.name]!
            switch property.role {
            case .attribute(let xmlName):
                knownAttributes.append(xmlName)
                let fallback = (property.defaultValue ?? property.fixedValue).map { ", default: \(SwiftLiteral.string($0))" } ?? ""
                writer.line("let \(name): \(property.type)? = try element.attribute(\(Self.nameArguments(xmlName)), as: \(property.type).self\(fallback))")
            case .text:
                writer.line("let \(name): \(property.type)? = try element.value(\(property.type).self)")
            case .anyAttributes:
                break
            default:
                let keyword = children.unreached.contains(property.name) ? "let" : "var"
                writer.line("\(keyword) \(name): \(property.cardinality == .array ? property.declaredType : property.type + "?") = \(property.cardinality == .array ? "[]" : "nil")")
            }
        }
        if let any = record.properties.first(where: { $0.role == .anyAttributes }) {
            if knownAttributes.isEmpty {
                writer.line("let \(local[any.name]!) = element.attributes")
            } else {
                let known = knownAttributes.map { "(\(SwiftLiteral.string($0.namespace)), \(SwiftLiteral.string($0.localName)))" }.joined(separator: ", ")
                writer.line("let knownAttributes: [(Swift.String, Swift.String)] = [\(known)]")
                writer.line("let \(local[any.name]!) = element.attributes.filter { attribute in !knownAttributes.contains { $0.0 == attribute.namespace && $0.1 == attribute.localName } }")
            }
        }
        if !children.isEmpty {
            // Mixed content keeps its closure, which hands back the children it did not handle.
            if let mixed = children.mixed {
                writer.line("\(local[mixed.name]!) = try element.mixedContent { child in")
            } else {
                writer.line("var children = try element.children(Self.xmlChildNames)")
                writer.line("while let child = try children.next() {")
            }
            let isMixed = children.mixed != nil
            writer.block("    switch \(isMixed ? "Self.xmlChildNames.position(of: child) ?? -1" : "children.position")", closer: "    }") { body in
                for (position, slot) in children.cases.enumerated() {
                    body.line("case \(position):")
                    for statement in slot.body {
                        body.line("    " + (isMixed && statement == XMLChildSlots.skipNil ? "if child.isNil { return true }" : statement))
                    }
                    if isMixed { body.line("    return true") }
                }
                body.line("default:")
                if isMixed {
                    body.line("    return false")
                } else if children.wildcard.isEmpty {
                    body.line("    break")
                } else {
                    for statement in children.wildcard { body.line("    " + statement) }
                }
            }
            writer.line("}")
        }
        for property in record.properties where property.cardinality == .required && property.role != .text {
            let name = local[property.name]!
            writer.line("guard let \(name) else { throw element.error(\(SwiftLiteral.string("missing required " + Self.schemaName(property)))) }")
        }
        if let text = record.properties.first(where: { $0.role == .text }) {
            writer.line("guard let \(local[text.name]!) else { throw element.error(\"missing text content\") }")
        }
        let arguments = record.properties.map { "\(SwiftIdentifier.label($0.name)): \(local[$0.name]!)" }
        writer.line("self.init(\(arguments.joined(separator: ", ")))")
    }

    /// Names the decoder's own code uses beside the properties' local variables.
    static let decoderIdentifiers: Set<String> = ["element", "child", "children", "value", "item", "reuse", "existing", "knownAttributes", "attribute", "node"]

    /// What a decoder does with each child element: a `case` per known name, in switch order.
    private struct ChildDispatch {
        /// One per distinct child name; the first slot of a name wins.
        var cases: [XMLChildSlots.Slot] = []
        /// The statements for a child no case names, when a wildcard keeps it.
        var wildcard: [String] = []
        var mixed: PropertyDecl?
        /// Content properties no child reaches, so they stay empty: every child name of theirs
        /// belongs to an earlier property (an extension declaring its base's element again), or
        /// they have no name and no wildcard of their own (a group of wildcards only).
        var unreached: Set<String> = []

        /// Whether the decoder ignores its content (then it has no names table and no loop).
        var isEmpty: Bool { cases.isEmpty && wildcard.isEmpty && mixed == nil }
    }

    private func childDispatch(_ record: RecordDecl) -> ChildDispatch {
        var dispatch = ChildDispatch(mixed: record.properties.first { $0.role == .mixedContent })
        let local = record.locals(avoiding: Self.decoderIdentifiers)
        var seen: Set<XMLName> = []
        for property in record.properties {
            let store = XMLChildSlots.Store.variable(local[property.name]!, isArray: property.cardinality == .array)
            let named = slots.slots(property, store: store)
            let fresh = named.filter { seen.insert($0.name).inserted }
            dispatch.cases += fresh
            var takesWildcard = false
            if property.role == .anyElements {
                dispatch.wildcard = store.statements("try child.capture()")
                takesWildcard = true
            } else if dispatch.wildcard.isEmpty, let choiceStore = slots.wildcardStores(property, store: store).first {
                dispatch.wildcard = choiceStore.statements("try child.capture()")
                takesWildcard = true
            }
            switch property.role {
            case .element, .choice, .group:
                if fresh.isEmpty, !takesWildcard { dispatch.unreached.insert(property.name) }
            default:
                break
            }
        }
        return dispatch
    }

    static let rootElementsPerFunction = 100

    /// `Name` or, in a namespace, `{namespace}Name`: never ambiguous, as no name contains `{`.
    static func indexKey(_ name: XMLName) -> String {
        name.namespace.isEmpty ? name.localName : "{\(name.namespace)}\(name.localName)"
    }

    // MARK: Encoding

    private func encode(_ writer: inout CodeWriter, _ record: RecordDecl) {
        let attributes = record.properties.filter {
            if case .attribute = $0.role { return true }
            return $0.role == .anyAttributes
        }
        if let mixed = record.properties.first(where: { $0.role == .mixedContent }) {
            for property in attributes { encode(&writer, property) }
            return encodeMixed(&writer, record, content: mixed)
        }
        for property in attributes + record.properties.filter({ !attributes.map(\.name).contains($0.name) }) {
            encode(&writer, property)
        }
    }

    /// Mixed content in document order: the runtime walks `mixedContent` and, at each place a
    /// typed child was read from, asks for the next value of the field that child belongs to.
    private func encodeMixed(_ writer: inout CodeWriter, _ record: RecordDecl, content: PropertyDecl) {
        let fields = record.properties.filter {
            switch $0.role {
            case .element, .choice, .group: return true
            default: return false
            }
        }
        let counts = fields.map { field -> String in
            switch field.cardinality {
            case .array: return "self.\(field.name).count"
            case .optional: return "self.\(field.name) == nil ? 0 : 1"
            case .required: return "1"
            }
        }
        writer.line("element.mixedContent(self.\(content.name), fields: [\(counts.joined(separator: ", "))], place: { namespace, localName in")
        writer.block("    switch (namespace, localName)", closer: "    }") { body in
            var seen: Set<XMLName> = []
            for (index, field) in fields.enumerated() {
                let store = XMLChildSlots.Store.variable(field.name, isArray: field.cardinality == .array)
                for slot in slots.slots(field, store: store) where seen.insert(slot.name).inserted {
                    body.line("case \(Self.pattern(slot.name)): \(index)")
                }
            }
            body.line("default: nil")
        }
        writer.line("}) { field, occurrence in")
        writer.block("    switch field", closer: "    }") { body in
            for (index, field) in fields.enumerated() {
                let value = "self.\(field.name)" + (field.cardinality == .array ? "[occurrence]" : "")
                switch field.role {
                case .element where field.coding == .anyElement:
                    body.line("case \(index): element.node(.element(\(value)))")
                case .element(let xmlName):
                    body.line("case \(index): element.element(\(Self.nameArguments(xmlName)), \(value))")
                default:
                    body.line("case \(index): \(value)\(field.cardinality == .optional ? "?" : "").encodeMembers(xml: element)")
                }
            }
            body.line("default: break")
        }
        writer.line("}")
    }

    private func encode(_ writer: inout CodeWriter, _ property: PropertyDecl) {
        let name = "self." + property.name
        switch property.role {
        case .attribute(let xmlName):
            writer.line("element.attribute(\(Self.nameArguments(xmlName)), \(name))")
        case .anyAttributes:
            writer.line("for attribute in \(name) { element.attribute(attribute) }")
        case .text:
            writer.line("element.text(\(name))")
        case .element(let xmlName):
            if property.coding == .anyElement {
                switch property.cardinality {
                case .array: writer.line("for node in \(name) { element.node(.element(node)) }")
                case .optional: writer.line("if let node = \(name) { element.node(.element(node)) }")
                case .required: writer.line("element.node(.element(\(name)))")
                }
            } else {
                writer.line("element.\(property.cardinality == .array ? "elements" : "element")(\(Self.nameArguments(xmlName)), \(name))")
            }
        case .choice, .group:
            switch property.cardinality {
            case .array: writer.line("for item in \(name) { item.encodeMembers(xml: element) }")
            case .optional: writer.line("\(name)?.encodeMembers(xml: element)")
            case .required: writer.line("\(name).encodeMembers(xml: element)")
            }
        case .anyElements:
            writer.line("for node in \(name) { element.node(.element(node)) }")
        case .mixedContent:
            break // in order with the typed children: `encodeMixed`
        }
    }

    // MARK: Names

    /// `"Name"` or `"Name", namespace: "urn:x"` for the runtime's name parameters.
    static func nameArguments(_ name: XMLName) -> String {
        name.namespace.isEmpty ? SwiftLiteral.string(name.localName)
            : "\(SwiftLiteral.string(name.localName)), namespace: \(SwiftLiteral.string(name.namespace))"
    }

    static func pattern(_ name: XMLName) -> String {
        "(\(SwiftLiteral.string(name.namespace)), \(SwiftLiteral.string(name.localName)))"
    }

    static func schemaName(_ property: PropertyDecl) -> String {
        switch property.role {
        case .element(let name): return "element '\(name.localName)'"
        case .attribute(let name): return "attribute '\(name.localName)'"
        default: return "'\(property.name)'"
        }
    }
}
