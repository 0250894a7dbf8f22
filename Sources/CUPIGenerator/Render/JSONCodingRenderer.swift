/// `JSONCoding.swift`: CUPI's JSON for every record. Elements are members named like the
/// element, attributes `@name`, simpleContent text `$`; the runtime absorbs CUPI's quirks
/// (scalars as strings, a one-item list as an object, `-total`). JSON has no place for
/// wildcard content or mixed text, so those stay empty when decoding from JSON.
struct JSONCodingRenderer {
    let module: GeneratedModule
    /// The types of this file (`ModelFiles`).
    let slice: FileSlice

    func render(into writer: inout CodeWriter) {
        for record in slice.records {
            let local = record.locals(avoiding: Self.decoderIdentifiers)
            writer.line()
            if record.isGroup {
                writer.block("extension \(record.name)") { body in
                    body.documentation(["The group as members of its parent's object; nil when none of them is there."])
                    body.block("init?(jsonMembers json: CUPIRuntime.JSONObjectReader) throws") { initializer in
                        let present = record.properties.filter(\.decodesFromJSON).map { property in
                            property.cardinality == .array ? "!\(local[property.name]!).isEmpty" : "\(local[property.name]!) != nil"
                        }
                        guard !present.isEmpty else { return initializer.line("return nil") }
                        decodeMembers(&initializer, record, local)
                        initializer.line("guard \(present.joined(separator: " || ")) else { return nil }")
                        initializer.line("self.init(\(initArguments(record, local)))")
                    }
                    body.line()
                    body.block("func encodeMembers(json: CUPIRuntime.JSONObjectWriter)") { encode(&$0, record) }
                }
                continue
            }
            writer.block("extension \(record.name): CUPIRuntime.CUPIJSONCodable") { body in
                body.block("\(module.witnessAccess) init(json: CUPIRuntime.JSONObjectReader) throws") { initializer in
                    decodeMembers(&initializer, record, local)
                    for property in record.properties where property.cardinality == .required {
                        let name = local[property.name]!
                        initializer.line("guard let \(name) else { throw json.error(\(SwiftLiteral.string("missing required " + XMLCodingRenderer.schemaName(property)))) }")
                    }
                    initializer.line("self.init(\(initArguments(record, local)))")
                }
                body.line()
                body.block("\(module.witnessAccess) func encode(json: CUPIRuntime.JSONObjectWriter)") { encode(&$0, record) }
            }
        }
        for choice in slice.choices {
            writer.line()
            writer.block("extension \(choice.name)") { body in
                body.documentation(["The first alternative present among the members of the parent's object."])
                body.block("init?(jsonMembers json: CUPIRuntime.JSONObjectReader) throws") { initializer in
                    for alternative in choice.alternatives {
                        let caseName = SwiftIdentifier.escaped(alternative.caseName)
                        if alternative.group != nil || alternative.nestedChoice != nil {
                            initializer.line("if let value = try \(alternative.type)(jsonMembers: json) { self = .\(caseName)(value); return }")
                        } else if let name = alternative.xmlName, alternative.coding != .anyElement {
                            let key = SwiftLiteral.string(name.localName)
                            if alternative.isArray {
                                let call = Self.method(alternative.coding, isArray: true, decoding: true)
                                initializer.line("let \(caseName)Values: [\(alternative.type)] = try json.\(call)(\(key))")
                                initializer.line("if !\(caseName)Values.isEmpty { self = .\(caseName)(\(caseName)Values); return }")
                            } else {
                                let call = Self.method(alternative.coding, isArray: false, decoding: true)
                                initializer.line("if let value: \(alternative.type) = try json.\(call)(\(key)) { self = .\(caseName)(value); return }")
                            }
                        }
                    }
                    initializer.line("return nil")
                }
                body.line()
                body.block("func encodeMembers(json: CUPIRuntime.JSONObjectWriter)") { function in
                    function.block("switch self") { cases in
                        for alternative in choice.alternatives {
                            cases.line("case .\(SwiftIdentifier.escaped(alternative.caseName))(let value):")
                            if alternative.group != nil || alternative.nestedChoice != nil {
                                cases.line("    value.encodeMembers(json: json)")
                            } else if let name = alternative.xmlName, alternative.coding != .anyElement {
                                let call = Self.method(alternative.coding, isArray: alternative.isArray, decoding: false)
                                cases.line("    json.\(call)(\(SwiftLiteral.string(name.localName)), value)")
                            } else {
                                cases.line("    _ = value")
                            }
                        }
                    }
                }
            }
        }
    }

    /// The JSONObjectReader or JSONObjectWriter method for a value: records are decoded/encoded,
    /// simple values read as their lexical form, one or many.
    private static func method(_ coding: ValueCoding, isArray: Bool, decoding: Bool) -> String {
        switch (coding == .complex, isArray) {
        case (true, true): return decoding ? "decodeAll" : "encodeAll"
        case (true, false): return decoding ? "decode" : "encode"
        case (false, true): return "values"
        case (false, false): return "value"
        }
    }

    /// The name the decoders' own code uses beside the properties' local variables.
    static let decoderIdentifiers: Set<String> = ["json"]

    /// `local`: the decoder's variable for each property (`RecordDecl.locals(avoiding:)`).
    private func initArguments(_ record: RecordDecl, _ local: [String: String]) -> String {
        record.properties.map { "\(SwiftIdentifier.label($0.name)): \(local[$0.name]!)" }.joined(separator: ", ")
    }

    private func decodeMembers(_ writer: inout CodeWriter, _ record: RecordDecl, _ local: [String: String]) {
        for property in record.properties {
            let name = local[property.name]!
            let optionalType = property.cardinality == .array ? property.declaredType : property.type + "?"
            switch property.role {
            case .element(let xmlName) where property.coding != .anyElement:
                let key = SwiftLiteral.string(xmlName.localName)
                let call = Self.method(property.coding, isArray: property.cardinality == .array, decoding: true)
                writer.line("let \(name): \(optionalType) = try json.\(call)(\(key))")
            case .attribute(let xmlName):
                let fallback = (property.defaultValue ?? property.fixedValue).map { " ?? \(property.type)(lexical: \(SwiftLiteral.string($0)))" } ?? ""
                writer.line("let \(name): \(optionalType) = try json.attribute(\(SwiftLiteral.string(xmlName.localName)))\(fallback)")
            case .text:
                writer.line("let \(name): \(optionalType) = try json.text()")
            case .choice, .group:
                if property.cardinality == .array {
                    writer.line("let \(name): \(optionalType) = try \(property.type)(jsonMembers: json).map { [$0] } ?? []")
                } else {
                    writer.line("let \(name): \(optionalType) = try \(property.type)(jsonMembers: json)")
                }
            default:
                writer.line("let \(name): \(optionalType) = \(property.cardinality == .array ? "[]" : "nil")")
            }
        }
    }

    private func encode(_ writer: inout CodeWriter, _ record: RecordDecl) {
        for property in record.properties {
            let name = "self." + property.name
            switch property.role {
            case .attribute(let xmlName):
                writer.line("json.attribute(\(SwiftLiteral.string(xmlName.localName)), \(name))")
            case .text:
                writer.line("json.text(\(name))")
            case .element(let xmlName) where property.coding != .anyElement:
                let call = Self.method(property.coding, isArray: property.cardinality == .array, decoding: false)
                writer.line("json.\(call)(\(SwiftLiteral.string(xmlName.localName)), \(name))")
            case .choice, .group:
                switch property.cardinality {
                case .array: writer.line("for item in \(name) { item.encodeMembers(json: json) }")
                case .optional: writer.line("\(name)?.encodeMembers(json: json)")
                case .required: writer.line("\(name).encodeMembers(json: json)")
                }
            default:
                continue
            }
        }
    }
}

extension PropertyDecl {
    /// Whether CUPI's JSON can carry this property (wildcards and mixed text it cannot).
    var decodesFromJSON: Bool {
        switch role {
        case .anyElements, .anyAttributes, .mixedContent: return false
        case .element: return coding != .anyElement
        default: return true
        }
    }
}
