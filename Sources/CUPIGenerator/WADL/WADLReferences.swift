import LibXML

/// Finds the WADL element an `href` (`#id` or `other.wadl#id`) points at, loading other WADL
/// files through `InputFiles` so that they get the same safety checks as schemas.
final class WADLReferences {
    private let files: InputFiles
    private var index: [String: [String: XMLElement]] = [:]

    init(files: InputFiles) { self.files = files }

    /// The element of `kind` (`method`, `param`, …) that `reference` names, and its file.
    func target(of reference: String, kind: String, from file: String, at location: SourceLocation) -> (XMLElement, String)? {
        let trimmed = reference.trimmingXMLWhitespace()
        guard let hash = trimmed.firstIndex(of: "#") else {
            files.report(.error("\(kind) reference '\(reference)' has no '#id' fragment", at: location))
            return nil
        }
        let id = String(trimmed[trimmed.index(after: hash)...])
        let path = String(trimmed[..<hash])
        guard let targetFile = path.isEmpty ? file : files.resolve(path, from: file, at: location, what: "WADL reference") else { return nil }
        guard let element = elements(in: targetFile)[id] else {
            files.report(.error("undefined \(kind) '\(reference)': no element with id '\(id)' in \(targetFile)", at: location))
            return nil
        }
        guard element.localName == kind else {
            files.report(.error("\(kind) reference '\(reference)' names a '\(element.localName)'", at: location))
            return nil
        }
        return (element, targetFile)
    }

    /// The WADL elements with an `id` in `file`, by id; built once per file.
    private func elements(in file: String) -> [String: XMLElement] {
        if let known = index[file] { return known }
        var found: [String: XMLElement] = [:]
        if let root = files.document(file)?.root {
            var stack = [root]
            while let element = stack.popLast() {
                if WADLReader.namespaces.contains(element.namespaceURI ?? ""), let id = element.attribute("id"), found[id] == nil {
                    found[id] = element
                }
                stack.append(contentsOf: element.children.reversed())
            }
        }
        index[file] = found
        return found
    }
}
