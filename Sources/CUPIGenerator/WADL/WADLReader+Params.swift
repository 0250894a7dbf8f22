import LibXML

extension WADLReader {
    /// A `param` (or the param its `href` names); nil when it cannot be read (reported).
    func readParam(_ element: XMLElement, file: String, defaultStyle: Parameter.Style, depth: Int = 0) -> Parameter? {
        let here = location(element, file)
        if let href = element.attribute("href") {
            guard depth < 8 else {
                files.report(.error("param reference '\(href)' leads through too many references (a cycle?)", at: here))
                return nil
            }
            guard let (target, targetFile) = references.target(of: href, kind: "param", from: file, at: here) else { return nil }
            return readParam(target, file: targetFile, defaultStyle: defaultStyle, depth: depth + 1)
        }
        guard let name = element.attribute("name"), !name.isEmpty else {
            files.report(.error("param without a name", at: here))
            return nil
        }
        var style = defaultStyle
        if let written = element.attribute("style") {
            if let known = Parameter.Style(rawValue: written.trimmingXMLWhitespace()) {
                style = known
            } else {
                files.report(.warning("param '\(name)' has unknown style '\(written)'; read as \(defaultStyle.rawValue)", at: here))
            }
        }
        var param = Parameter(
            name: name, style: style,
            required: style == .template || boolean(element.attribute("required"), attribute: "required", at: here),
            repeating: boolean(element.attribute("repeating"), attribute: "repeating", at: here),
            defaultValue: element.attribute("default"), fixedValue: element.attribute("fixed"),
            path: element.attribute("path"), documentation: documentation(of: element), location: here)
        if let lexical = element.attribute("type") {
            param.type = qualifiedName(lexical, in: element, file: file) ?? .xsd("string")
        }
        for option in element.children where option.localName == "option" && Self.namespaces.contains(option.namespaceURI ?? "") {
            guard let value = option.attribute("value") else {
                files.report(.warning("option without a value in param '\(name)' ignored", at: location(option, file)))
                continue
            }
            param.options.append(Parameter.Option(value: value, mediaType: option.attribute("mediaType"),
                                                  documentation: documentation(of: option)))
        }
        return param
    }

    private func boolean(_ text: String?, attribute: String, at here: SourceLocation) -> Bool {
        switch text?.trimmingXMLWhitespace() {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let other?:
            files.report(.warning("\(attribute)='\(other)' is not a boolean; read as false", at: here))
            return false
        }
    }

    /// A QName attribute of a WADL element. An unprefixed name in a document whose default
    /// namespace is WADL's means a name in no namespace (the WADL namespace defines no types or
    /// elements). An undeclared `xs:` or `xsd:` prefix, a common slip, is read as XML Schema.
    func qualifiedName(_ lexical: String, in element: XMLElement, file: String) -> QName? {
        if let (namespace, local) = element.resolveQName(lexical) {
            let namespace = namespace.flatMap { Self.namespaces.contains($0) ? nil : $0 } ?? ""
            return QName(namespace, local)
        }
        let prefix = lexical.trimmingXMLWhitespace().split(separator: ":").first.map(String.init) ?? ""
        if prefix == "xs" || prefix == "xsd" {
            files.report(.warning("prefix '\(prefix)' in '\(lexical)' is not declared; read as XML Schema", at: location(element, file)))
            return .xsd(String(lexical.trimmingXMLWhitespace().dropFirst(prefix.count + 1)))
        }
        files.report(.error("prefix '\(prefix)' in '\(lexical)' is not declared", at: location(element, file)))
        return nil
    }
}
