import LibXML

extension WADLReader {
    /// A `method` (or the method its `href` names) as an operation on `path`.
    func readMethod(_ element: XMLElement, file: String, path: String, scope: [Parameter], depth: Int) -> Operation? {
        let here = location(element, file)
        if let href = element.attribute("href") {
            guard depth < 8 else {
                files.report(.error("method reference '\(href)' leads through too many references (a cycle?)", at: here))
                return nil
            }
            guard let (target, targetFile) = references.target(of: href, kind: "method", from: file, at: here) else { return nil }
            return readMethod(target, file: targetFile, path: path, scope: scope, depth: depth + 1)
        }
        guard let name = element.attribute("name")?.trimmingXMLWhitespace(), !name.isEmpty else {
            files.report(.error("method without a name or href", at: here))
            return nil
        }
        var operation = Operation(id: element.attribute("id"), method: name.uppercased(), path: path,
                                  documentation: documentation(of: element), location: here)
        var params = scope
        for child in wadlChildren(of: element, file: file, order: ["doc", "request", "response"]) {
            switch child.localName {
            case "request":
                let (requestParams, representations) = readMessage(child, file: file, defaultStyle: .query)
                params = Self.merging(params, requestParams)
                operation.request += representations
            case "response":
                operation.responses += readResponses(child, file: file)
            default: continue
            }
        }
        operation.params = params
        return operation
    }

    /// The responses a `response` element declares. A 2006/10 `fault` inside it becomes a
    /// response of its own, the form 2009/02 uses; a response without `status` is a 200.
    private func readResponses(_ element: XMLElement, file: String) -> [Response] {
        let here = location(element, file)
        var statuses = statusList(element.attribute("status"), at: here)
        let (params, representations) = readMessage(element, file: file, defaultStyle: .header)
        // In 2006/10 the status sits on each representation rather than on the response.
        let representationStatuses = representationElements(of: element, file: file).compactMap { $0.attribute("status") }
        if statuses.isEmpty { statuses = representationStatuses.flatMap { statusList($0, at: here) } }
        var responses = [Response(statuses: statuses.isEmpty ? [200] : Array(Set(statuses)).sorted(),
                                  representations: representations, params: params,
                                  documentation: documentation(of: element), location: here)]
        for fault in element.children where fault.localName == "fault" && Self.namespaces.contains(fault.namespaceURI ?? "") {
            let faultStatuses = statusList(fault.attribute("status"), at: location(fault, file))
            if let representation = readRepresentation(fault, file: file, depth: 0) {
                responses.append(Response(statuses: faultStatuses.isEmpty ? [400] : faultStatuses, representations: [representation],
                                          isFault: true, documentation: representation.documentation, location: location(fault, file)))
            }
        }
        if representations.isEmpty, params.isEmpty, responses.count > 1, element.attribute("status") == nil {
            responses.removeFirst() // the response element only wrapped faults
        }
        return responses
    }

    private func representationElements(of element: XMLElement, file: String) -> [XMLElement] {
        element.children.filter { $0.localName == "representation" && Self.namespaces.contains($0.namespaceURI ?? "") }
    }

    private func statusList(_ text: String?, at here: SourceLocation) -> [Int] {
        guard let text else { return [] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }).compactMap { token in
            guard let status = Int(token), (100...599).contains(status) else {
                files.report(.warning("'\(token)' is not an HTTP status; ignored", at: here))
                return nil
            }
            return status
        }
    }

    /// The params and representations of a `request` or `response`, in either order.
    private func readMessage(_ element: XMLElement, file: String, defaultStyle: Parameter.Style) -> ([Parameter], [Representation]) {
        var params: [Parameter] = []
        var representations: [Representation] = []
        for child in wadlChildren(of: element, file: file, order: ["doc", "param", "representation|fault"]) {
            switch child.localName {
            case "param":
                if let param = readParam(child, file: file, defaultStyle: defaultStyle) { params.append(param) }
            case "representation":
                if let representation = readRepresentation(child, file: file, depth: 0) { representations.append(representation) }
            default: continue
            }
        }
        return (params, representations)
    }

    /// A `representation` (or a 2006/10 `fault`), following its `href`.
    func readRepresentation(_ element: XMLElement, file: String, depth: Int) -> Representation? {
        let here = location(element, file)
        if let href = element.attribute("href") {
            guard depth < 8 else {
                files.report(.error("representation reference '\(href)' leads through too many references (a cycle?)", at: here))
                return nil
            }
            let kinds = ["representation", "fault"]
            guard let (target, targetFile) = references.target(of: href, kind: kinds.contains(element.localName) ? element.localName : "representation", from: file, at: here) else { return nil }
            return readRepresentation(target, file: targetFile, depth: depth + 1)
        }
        var representation = Representation(id: element.attribute("id"), mediaType: element.attribute("mediaType"),
                                            profile: element.attribute("profile"),
                                            documentation: documentation(of: element), location: here)
        if let lexical = element.attribute("element") {
            representation.element = qualifiedName(lexical, in: element, file: file)
        }
        for child in wadlChildren(of: element, file: file, order: ["doc", "param"]) where child.localName == "param" {
            if let param = readParam(child, file: file, defaultStyle: .query) { representation.params.append(param) }
        }
        return representation
    }
}
