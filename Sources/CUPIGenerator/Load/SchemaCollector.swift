import LibXML

/// Gathers every schema an input reaches: the WADL's grammars (included files and inline
/// schemas) and, transitively, their `xs:include`, `xs:redefine` and `xs:import`s.
struct SchemaCollector {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    private static let maximumDepth = 64

    private let files: InputFiles
    private let schemaMap: [String: String]
    private(set) var schemas: [SchemaDocument] = []
    private var seen: Set<[String]> = []
    /// Imports by namespace alone, checked once everything is loaded: another schema may bring it.
    private var unlocatedImports: [(namespace: String, location: SourceLocation)] = []

    init(files: InputFiles, schemaMap: [String: String]) {
        self.files = files
        self.schemaMap = schemaMap
    }

    /// Adds the schema file `file` (root-relative) and everything it reaches.
    mutating func addFile(_ file: String, at location: SourceLocation?) {
        add(file: file, chameleonNamespace: nil, includeChain: [], at: location)
    }

    /// Adds a schema written inline in a WADL and everything it reaches.
    mutating func addInline(_ element: XMLElement, file: String) {
        let schema = SchemaDocument(file: file, element: element, targetNamespace: element.attribute("targetNamespace") ?? "")
        schemas.append(schema)
        follow(schema, includeChain: [])
    }

    /// Reports imports that named only a namespace which no loaded schema provides.
    mutating func finish() {
        let provided = Set(schemas.map(\.targetNamespace))
        for (namespace, location) in unlocatedImports where !provided.contains(namespace) {
            files.report(.warning("import of namespace '\(namespace)' has no schemaLocation; its types stay undefined unless you map it with --schema-map '\(namespace)=PATH'", at: location))
        }
        unlocatedImports = []
    }

    private mutating func add(file: String, chameleonNamespace: String?, includeChain: [String], at location: SourceLocation?) {
        guard includeChain.count < Self.maximumDepth else {
            files.report(.error("includes nest more than \(Self.maximumDepth) deep", at: location))
            return
        }
        guard let document = files.document(file), let root = document.root else { return }
        guard root.localName == "schema", root.namespaceURI == QName.xsdNamespace else {
            files.report(.error("'\(file)' is not an XML Schema: its root element is '\(root.localName)'", at: location ?? SourceLocation(file: file, line: root.line)))
            return
        }
        let declared = root.attribute("targetNamespace")
        if let chameleonNamespace, let declared, declared != chameleonNamespace {
            files.report(.error("included schema '\(file)' has targetNamespace '\(declared)'; an include needs '\(chameleonNamespace)' or none", at: location))
            return
        }
        let namespace = declared ?? chameleonNamespace ?? ""
        guard seen.insert([file, namespace]).inserted else { return }
        let schema = SchemaDocument(file: file, element: root, targetNamespace: namespace)
        schemas.append(schema)
        follow(schema, includeChain: includeChain + [file])
    }

    private mutating func follow(_ schema: SchemaDocument, includeChain: [String]) {
        for child in schema.element.children where child.isInNamespace(QName.xsdNamespace) {
            let location = SourceLocation(file: schema.file, line: child.line)
            switch child.localName {
            case "include", "redefine":
                guard let reference = child.attribute("schemaLocation") else {
                    files.report(.error("xs:\(child.localName) without schemaLocation", at: location))
                    continue
                }
                guard let target = files.resolve(reference, from: schema.file, at: location, what: "include") else { continue }
                if let start = includeChain.firstIndex(of: target) {
                    let cycle = (includeChain[start...] + [target]).joined(separator: " → ")
                    files.report(.error("include cycle: \(cycle)", at: location))
                    continue
                }
                add(file: target, chameleonNamespace: schema.targetNamespace, includeChain: includeChain, at: location)
            case "import":
                let namespace = child.attribute("namespace") ?? ""
                if namespace == schema.targetNamespace {
                    files.report(.error("a schema cannot import its own target namespace '\(namespace)'; use xs:include", at: location))
                    continue
                }
                if let reference = child.attribute("schemaLocation") {
                    // The XML namespace's attributes (xml:lang, xml:space, xml:base, xml:id) are
                    // built in, so its well-known schema is not fetched, wherever it is said to be.
                    if namespace == Self.xmlNamespace, InputFiles.scheme(of: reference).map({ $0 != "file" }) ?? false { continue }
                    guard let target = files.resolve(reference, from: schema.file, at: location, what: "import") else { continue }
                    add(file: target, chameleonNamespace: nil, includeChain: [], at: location)
                } else if let mapped = schemaMap[namespace] {
                    add(file: files.relativePath(mapped), chameleonNamespace: nil, includeChain: [], at: location)
                } else if namespace != Self.xmlNamespace {
                    unlocatedImports.append((namespace, location))
                }
            default:
                continue
            }
        }
    }
}
