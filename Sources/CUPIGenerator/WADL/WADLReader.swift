import LibXML

/// Reads a WADL `application` (2009/02 or 2006/10) into resources and operations, following
/// `href` references to methods, representations, params and resource types in this file or others.
struct WADLReader {
    static let namespaces: Set<String> = ["http://wadl.dev.java.net/2009/02", "http://research.sun.com/wadl/2006/10"]
    private static let maximumDepth = 64

    struct Output {
        var baseURL: String?
        var resources: [Resource] = []
        var operations: [Operation] = []
        var documentation: String?
        /// Schema files named by `grammars/include`, with where they were named.
        var grammarFiles: [(file: String, location: SourceLocation)] = []
        /// `xs:schema` elements written inside `grammars`.
        var inlineSchemas: [(element: XMLElement, file: String)] = []
    }

    let files: InputFiles
    let references: WADLReferences

    init(files: InputFiles) {
        self.files = files
        self.references = WADLReferences(files: files)
    }

    /// The stage's entry point: the `application` element of `file` in, resources and grammars out.
    func read(application: XMLElement, file: String) -> Output {
        var output = Output()
        let children = wadlChildren(of: application, file: file, order: ["doc", "grammars", "resources", "resource_type|method|representation|fault|param"])
        output.documentation = documentation(of: application)
        for child in children {
            switch child.localName {
            case "grammars": readGrammars(child, file: file, into: &output)
            case "resources":
                let base = child.attribute("base")
                if output.baseURL == nil {
                    output.baseURL = base
                } else if let base, base != output.baseURL {
                    files.report(.warning("a second 'resources' element has base '\(base)'; paths are kept relative to the first base '\(output.baseURL ?? "")'", at: location(child, file)))
                }
                for resource in wadlChildren(of: child, file: file, order: ["doc", "resource"]) where resource.localName == "resource" {
                    output.resources.append(readResource(resource, file: file, parentPath: "", inherited: [], depth: 0))
                }
            default: continue
            }
        }
        output.operations = output.resources.flatMap(Self.allOperations)
        return output
    }

    private static func allOperations(of resource: Resource) -> [Operation] {
        resource.operations + resource.resources.flatMap(allOperations)
    }

    private func readGrammars(_ grammars: XMLElement, file: String, into output: inout Output) {
        for child in grammars.children {
            if child.namespaceURI == QName.xsdNamespace, child.localName == "schema" {
                output.inlineSchemas.append((child, file))
            } else if Self.namespaces.contains(child.namespaceURI ?? ""), child.localName == "include" {
                guard let href = child.attribute("href") else {
                    files.report(.error("grammars include without href", at: location(child, file)))
                    continue
                }
                if let target = files.resolve(href, from: file, at: location(child, file), what: "grammar include") {
                    output.grammarFiles.append((target, location(child, file)))
                }
            }
        }
    }

    // MARK: Resources

    func readResource(_ element: XMLElement, file: String, parentPath: String, inherited: [Parameter], depth: Int) -> Resource {
        let here = location(element, file)
        let template = PathTemplate.parse(element.attribute("path") ?? "")
        let fullPath = PathTemplate.join(parentPath, template.path)
        var resource = Resource(path: element.attribute("path") ?? "", fullPath: fullPath, id: element.attribute("id"),
                                documentation: documentation(of: element), location: here)
        guard depth < Self.maximumDepth else {
            files.report(.error("resources nest more than \(Self.maximumDepth) deep", at: here))
            return resource
        }
        // A resource's content is its own children plus those of every resource_type it names.
        var parts = [(element, file)]
        for reference in (element.attribute("type") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if let type = references.target(of: String(reference), kind: "resource_type", from: file, at: here) {
                parts.append(type)
            }
        }
        let contents = parts.map { part, partFile in
            (children: wadlChildren(of: part, file: partFile, order: ["doc", "param", "method|resource"]), file: partFile)
        }
        for (children, partFile) in contents {
            for child in children where child.localName == "param" {
                if let param = readParam(child, file: partFile, defaultStyle: .template) { resource.params.append(param) }
            }
        }
        resource.params = Self.merging(resource.params, impliedTemplates(template.names, declared: resource.params, at: here))
        let scope = Self.merging(inherited, resource.params)
        for (children, partFile) in contents {
            for child in children {
                switch child.localName {
                case "method":
                    if let operation = readMethod(child, file: partFile, path: fullPath, scope: scope, depth: 0) {
                        resource.operations.append(operation)
                    }
                case "resource":
                    resource.resources.append(readResource(child, file: partFile, parentPath: fullPath, inherited: scope, depth: depth + 1))
                default: continue
                }
            }
        }
        return resource
    }

    /// Template params the path names but no `param` declares: strings, required.
    private func impliedTemplates(_ names: [String], declared: [Parameter], at here: SourceLocation) -> [Parameter] {
        names.filter { name in !declared.contains { $0.name == name && $0.style == .template } }
            .map { Parameter(name: $0, style: .template, required: true, location: here) }
    }

    /// `outer` with `inner` added; an inner param replaces an outer one of the same name and style.
    static func merging(_ outer: [Parameter], _ inner: [Parameter]) -> [Parameter] {
        outer.filter { o in !inner.contains { $0.name == o.name && $0.style == o.style } } + inner
    }

    // MARK: Shared helpers

    func location(_ element: XMLElement, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: element.line)
    }

    func documentation(of element: XMLElement) -> String? {
        DocumentationText.join(element.children.filter { $0.localName == "doc" && Self.namespaces.contains($0.namespaceURI ?? "") },
                               title: { $0.attribute("title") })
    }

    /// The WADL-namespace children of `element`. Real WADLs often break the schema's child order
    /// (Enunciate and CXF put `param` after `representation`); that is read anyway, with a warning.
    /// Unknown WADL elements are warned about; elements of other namespaces are extensions and skipped.
    /// `order` lists the allowed children by rank; names of one rank are joined by `|`.
    func wadlChildren(of element: XMLElement, file: String, order: [String]) -> [XMLElement] {
        var result: [XMLElement] = []
        var highest = 0
        var warned = false
        for child in element.children where Self.namespaces.contains(child.namespaceURI ?? "") {
            guard let rank = order.firstIndex(where: { $0.split(separator: "|").contains(Substring(child.localName)) }) else {
                files.report(.warning("unexpected WADL element '\(child.localName)' in '\(element.localName)' ignored", at: location(child, file)))
                continue
            }
            if rank < highest, !warned {
                files.report(.warning("'\(child.localName)' after '\(order[highest].split(separator: "|")[0])' in '\(element.localName)' is not valid WADL; read anyway", at: location(child, file)))
                warned = true
            }
            highest = max(highest, rank)
            result.append(child)
        }
        return result
    }
}
