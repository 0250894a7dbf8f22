/// `XMLCoding.swift`: streaming XML decoding and encoding for every record, over the runtime's
/// reader and writer. Unknown elements and attributes are skipped (or kept, where the schema
/// has a wildcard for them).
struct XMLCodingRenderer {
    let module: GeneratedModule
    let slots: XMLChildSlots

    init(module: GeneratedModule) {
        self.module = module
        self.slots = XMLChildSlots(module: module)
    }

    func render(into writer: inout CodeWriter) {
        let access = module.access
        writer.line()
        writer.documentation(["The schema's global elements whose content is a record: a document's root element name",
                              "(`{namespace}name` when it has a namespace) → the type it decodes to."])
        writer.block("\(access) enum SchemaElements") { body in
            body.line("\(access) static let types: [String: any (XMLElementCodable & Sendable).Type] = [\(module.rootElements.isEmpty ? ":]" : "")")
            for (name, type) in module.rootElements {
                let key = name.namespace.isEmpty ? name.localName : "{\(name.namespace)}\(name.localName)"
                body.line("    \(SwiftLiteral.string(key)): \(type).self,")
            }
            if !module.rootElements.isEmpty { body.line("]") }
        }
        for record in module.records {
            writer.line()
            if record.isGroup {
                writer.block("extension \(record.name)") { body in
                    body.block("func encodeMembers(xml element: XMLElementWriter)") { encode(&$0, record) }
                }
                continue
            }
            writer.block("extension \(record.name): XMLElementCodable") { body in
                if let names = indexedChildNames(record) {
                    body.documentation(["Child element name → its case in the decoder's switch: one hash lookup per child instead of",
                                        "a string comparison per known element."])
                    body.line("private static let xmlChildIndex: [String: Int] = [")
                    for (index, name) in names.enumerated() { body.line("    \(SwiftLiteral.string(Self.indexKey(name))): \(index),") }
                    body.line("]")
                    body.line()
                }
                body.block("\(access) init(xml element: XMLElementReader) throws") { decode(&$0, record) }
                body.line()
                body.block("\(access) func encode(xml element: XMLElementWriter)") { encode(&$0, record) }
            }
        }
        for choice in module.choices {
            writer.line()
            writer.block("extension \(choice.name)") { body in
                body.block("func encodeMembers(xml element: XMLElementWriter)") { function in
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

    private func decode(_ writer: inout CodeWriter, _ record: RecordDecl) {
        let local = record.locals(avoiding: Self.decoderIdentifiers)
        let unreached = unreachedProperties(record)
        var knownAttributes: [XMLName] = []
        for property in record.properties {
            let name = local[property.name]!
            switch property.role {
            case .attribute(let xmlName):
                knownAttributes.append(xmlName)
                let lookup = "element.attribute(\(Self.nameArguments(xmlName)))"
                if let fallback = property.defaultValue ?? property.fixedValue {
                    writer.line("let \(name): \(property.type)? = try \(property.type).parse(lexical: \(lookup) ?? \(SwiftLiteral.string(fallback)))")
                } else {
                    writer.line("let \(name): \(property.type)? = try \(lookup).map { try \(property.type).parse(lexical: $0) }")
                }
            case .text:
                writer.line("let \(name): \(property.type)? = try element.value(\(property.type).self)")
            case .anyAttributes:
                break
            default:
                let keyword = unreached.contains(property.name) ? "let" : "var"
                writer.line("\(keyword) \(name): \(property.cardinality == .array ? property.declaredType : property.type + "?") = \(property.cardinality == .array ? "[]" : "nil")")
            }
        }
        if let any = record.properties.first(where: { $0.role == .anyAttributes }) {
            if knownAttributes.isEmpty {
                writer.line("let \(local[any.name]!) = element.attributes")
            } else {
                let known = knownAttributes.map { "(\(SwiftLiteral.string($0.namespace)), \(SwiftLiteral.string($0.localName)))" }.joined(separator: ", ")
                writer.line("let knownAttributes: [(String, String)] = [\(known)]")
                writer.line("let \(local[any.name]!) = element.attributes.filter { attribute in !knownAttributes.contains { $0.0 == attribute.namespace && $0.1 == attribute.localName } }")
            }
        }
        var cases: [XMLChildSlots.Slot] = []
        var wildcard: [String] = []
        for property in record.properties {
            let store = XMLChildSlots.Store.variable(local[property.name]!, isArray: property.cardinality == .array)
            cases += slots.slots(property, store: store)
            if property.role == .anyElements {
                wildcard = store.statements("try child.capture()")
            } else if wildcard.isEmpty, let choiceStore = slots.wildcardStores(property, store: store).first {
                wildcard = choiceStore.statements("try child.capture()")
            }
        }
        let mixed = record.properties.first { $0.role == .mixedContent }
        let hasChildren = !cases.isEmpty || !wildcard.isEmpty || mixed != nil
        if hasChildren {
            let opener = mixed.map { "\(local[$0.name]!) = try element.mixedContent { child in" } ?? "try element.forEachChild { child in"
            writer.line(opener)
            let indexed = indexedChildNames(record)
            let subject = indexed == nil ? "(child.namespace, child.localName)"
                : #"Self.xmlChildIndex[child.namespace.isEmpty ? child.localName : "{" + child.namespace + "}" + child.localName]"#
            writer.block("    switch \(subject)", closer: "    }") { body in
                var seen: Set<XMLName> = []
                for slot in cases where seen.insert(slot.name).inserted {
                    body.line("case \(indexed.map { "\($0.firstIndex(of: slot.name)!)?" } ?? Self.pattern(slot.name)):")
                    for statement in slot.body {
                        body.line("    " + (mixed != nil && statement == "if child.isNil { return }" ? "if child.isNil { return true }" : statement))
                    }
                    if mixed != nil { body.line("    return true") }
                }
                body.line("default:")
                if mixed != nil {
                    body.line("    return false")
                } else if wildcard.isEmpty {
                    body.line("    break")
                } else {
                    for statement in wildcard { body.line("    " + statement) }
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
    static let decoderIdentifiers: Set<String> = ["element", "child", "value", "item", "reuse", "existing", "knownAttributes", "attribute", "node"]

    /// Child properties every element name of which an earlier property already has (an
    /// extension re-declaring its base's element): the decoder's switch gives those names to the
    /// earlier property, so these stay empty.
    private func unreachedProperties(_ record: RecordDecl) -> Set<String> {
        var seen: Set<XMLName> = []
        var unreached: Set<String> = []
        for property in record.properties where property.role != .anyElements {
            let store = XMLChildSlots.Store.variable(property.name, isArray: false)
            let names = slots.slots(property, store: store).map(\.name)
            if !names.isEmpty, names.allSatisfy(seen.contains), slots.wildcardStores(property, store: store).isEmpty {
                unreached.insert(property.name)
            }
            seen.formUnion(names)
        }
        return unreached
    }

    /// The child element names of `record`'s decoder, in switch order, when there are enough of
    /// them for a table lookup to beat comparing names one by one.
    private func indexedChildNames(_ record: RecordDecl) -> [XMLName]? {
        var names: [XMLName] = []
        var seen: Set<XMLName> = []
        for property in record.properties {
            let store = XMLChildSlots.Store.variable(SwiftIdentifier.escaped(property.name), isArray: property.cardinality == .array)
            for slot in slots.slots(property, store: store) where seen.insert(slot.name).inserted { names.append(slot.name) }
        }
        return names.count >= 8 ? names : nil
    }

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
