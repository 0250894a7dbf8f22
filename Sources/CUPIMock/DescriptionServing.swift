import CUPIRuntime
import Foundation
import LibXML

/// The description as a server publishes it: `application.wadl` and its grammars at the URLs the
/// WADL names (relative to it, under `/vmrest/`), and a listing of the object schemas at
/// `/vmrest/schema`, so that `cupi-gen fetch` can take the description from the mock.
struct PublishedDescription: Sendable {
    private let files: [String: DescriptionFile]
    private let listing: Data

    init(_ files: [DescriptionFile]) {
        self.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        listing = Self.listing(files)
    }

    /// The response for a GET of `path`, when it names a description file or the listing.
    func response(method: String, path: String) -> MockResponse? {
        guard method == "GET", path.hasPrefix("/vmrest/") else { return nil }
        let relative = String(path.dropFirst("/vmrest/".count))
        if relative == "schema" {
            return MockResponse(status: 200, headers: [("Content-Type", "application/xml")], body: listing)
        }
        guard let file = files[relative] else { return nil }
        let type = file.path.hasSuffix(".wadl") ? "application/vnd.sun.wadl+xml" : "application/xml"
        return MockResponse(status: 200, headers: [("Content-Type", type)], body: Data(file.text.utf8))
    }

    /// `<Schemas total="N"><Schema><Name>User</Name><URI>/vmrest/cupi-users.xsd</URI></Schema>…`:
    /// every global element of the schema files, with the file that declares it, by name.
    private static func listing(_ files: [DescriptionFile]) -> Data {
        var entries: [(name: String, file: String)] = []
        for file in files where file.path.hasSuffix(".xsd") {
            guard let root = try? XMLDocument.parse(Array(file.text.utf8), path: file.path).root else { continue }
            for element in root.children where element.localName == "element" && element.isInNamespace("http://www.w3.org/2001/XMLSchema") {
                if let name = element.attribute("name") { entries.append((name, file.path)) }
            }
        }
        entries.sort { $0.name < $1.name }
        let schemas = entries.map { entry in
            XMLNode.element(AnyXMLElement(localName: "Schema", children: [
                .element(AnyXMLElement(localName: "Name", children: [.text(entry.name)])),
                .element(AnyXMLElement(localName: "URI", children: [.text("/vmrest/" + entry.file)])),
            ]))
        }
        let document = AnyXMLElement(localName: "Schemas", attributes: [XMLAttributeValue(localName: "total", value: String(entries.count))],
                                     children: schemas)
        return XMLCoding.encode(document, rootName: "Schemas")
    }
}
