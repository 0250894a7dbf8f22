import CUPIClient
import CUPIRuntime
import Foundation
import LibXML
import Testing

/// The decoded model checked against the document read another way: libxml2's tree of the file on
/// one side, and on the other the model as Swift's own derived `Codable` writes it (not our XML or
/// JSON coding). Every element value and attribute of the document must appear in the model under
/// the same name with the same value, and nothing else: nothing lost, nothing invented.
@Suite("Decoded fixtures against libxml2's reading")
struct LibXMLOracleTests {
    typealias Model = XMLElementDecodable & Encodable

    struct Document: CustomTestStringConvertible, Sendable {
        var url: URL
        var root: String
        var testDescription: String { url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/cupi")

    /// Every XML document the indexes mark valid whose root has a generated type: the team's
    /// fixtures and the guide's examples.
    static let documents: [Document] = {
        var documents: [Document] = []
        func rows(_ index: URL) -> [[String]] {
            ((try? String(contentsOf: index, encoding: .utf8)) ?? "").split(separator: "\n").dropFirst()
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        for row in rows(fixtures.appendingPathComponent("INDEX.tsv")) where row.count >= 4 && row[3] == "valid" && row[0].hasSuffix(".xml") {
            documents.append(Document(url: fixtures.appendingPathComponent(row[0]), root: row[1]))
        }
        let guide = fixtures.appendingPathComponent("guide")
        for area in ((try? FileManager.default.contentsOfDirectory(atPath: guide.path)) ?? []).sorted() {
            for row in rows(guide.appendingPathComponent(area).appendingPathComponent("INDEX.tsv"))
            where row.count >= 7 && row[6] == "valid" && row[0].hasSuffix(".xml") {
                let url = guide.appendingPathComponent(area).appendingPathComponent(row[0])
                guard let root = try? XMLDocument.load(contentsOf: url, path: row[0]).root?.localName else { continue }
                documents.append(Document(url: url, root: root))
            }
        }
        return documents.filter { SchemaElements.types[$0.root] is any Model.Type }
    }()

    @Test func thereAreDocumentsToCheck() {
        #expect(Self.documents.count > 300)
    }

    @Test(arguments: documents)
    func everyValueArrivesAndNothingIsInvented(_ document: Document) throws {
        let type = try #require(SchemaElements.types[document.root] as? any Model.Type)
        let data = try Data(contentsOf: document.url)
        let model = try Self.decode(type, data, root: document.root)
        let tree = try #require(try XMLDocument.parse([UInt8](data), path: document.url.lastPathComponent).root)
        var expected: [String] = []
        Self.documentLeaves(of: tree, isRoot: true, into: &expected)
        var found: [String] = []
        Self.modelLeaves(of: try JSONSerialization.jsonObject(with: JSONEncoder().encode(model), options: [.fragmentsAllowed]), key: "", into: &found)
        var lost = Self.difference(expected, found), invented = Self.difference(found, expected)
        // xs:boolean's other spelling: `1` in the document is `true` in the model.
        for (index, value) in lost.enumerated().reversed() {
            let other = value.hasSuffix("=1") ? value.dropLast() + "true" : value.hasSuffix("=0") ? value.dropLast() + "false" : nil
            if let other, let match = invented.firstIndex(of: String(other)) {
                lost.remove(at: index)
                invented.remove(at: match)
            }
        }
        let known = Self.knownLosses[document.url.lastPathComponent] ?? []
        #expect(lost == known && invented.isEmpty, "lost: \(lost)\ninvented: \(invented)")
    }

    /// Documents the guide prints with a single-valued element twice: the model keeps one value,
    /// and says so here rather than hiding it.
    static let knownLosses: [String: [String]] = [
        "messagesettings-05-put-aftermsg-interviewhandler.xml": ["aftermessagetargethandlerobjectid=c1fc1029-55f4-40dc-a553-40b75664ed8a"],
        "template-45-msgsettings-put-aftermsg-interviewhandler.xml": ["aftermessagetargethandlerobjectid=c1fc1029-55f4-40dc-a553-40b75664ed8a"],
        "dialplan-partitions-get-one.xml": ["locationobjectid=bbf3e6ed-0278-479c-9a6e-2da8756eeb6f"],
    ]

    private static func decode<T: Model>(_ type: T.Type, _ data: Data, root: String) throws -> any Encodable {
        try XMLCoding.decode(type, from: data, rootName: root)
    }

    // MARK: Leaves, as `name=value`

    /// The document's values: each attribute, and each element without child elements, under its
    /// own name (the root's name is the model itself).
    static func documentLeaves(of element: XMLElement, isRoot: Bool = false, into leaves: inout [String]) {
        for attribute in element.attributes where attribute.namespaceURI == nil {
            add(attribute.localName, attribute.value, to: &leaves)
        }
        let children = element.children
        if children.isEmpty, !isRoot { add(element.localName, element.text, to: &leaves) }
        for child in children { documentLeaves(of: child, into: &leaves) }
    }

    /// The model's values as derived `Codable` wrote them: keys are property names, an enum's
    /// payload is `_0`, and an element kept as it was read (`AnyXMLElement`) is its tree.
    static func modelLeaves(of value: Any, key: String, into leaves: inout [String]) {
        switch value {
        case let object as [String: Any]:
            if let name = object["localName"] as? String, let children = object["children"] as? [Any] {
                for case let attribute as [String: Any] in object["attributes"] as? [Any] ?? [] {
                    if let name = attribute["localName"] as? String, let value = attribute["value"] as? String { add(name, value, to: &leaves) }
                }
                let elements = children.compactMap { ($0 as? [String: Any])?["element"] }
                if elements.isEmpty {
                    let text = children.compactMap { (($0 as? [String: Any])?["text"] as? [String: Any])?["_0"] as? String }.joined()
                    add(name, text, to: &leaves)
                }
                for element in elements { modelLeaves(of: element, key: name, into: &leaves) }
                return
            }
            for (member, inner) in object { modelLeaves(of: inner, key: member == "_0" ? key : member, into: &leaves) }
        case let array as [Any]:
            for item in array { modelLeaves(of: item, key: key, into: &leaves) }
        case let number as NSNumber:
            // A JSON boolean arrives as an NSNumber whose type code is `c`.
            add(key, number.objCType.pointee == CChar(UInt8(ascii: "c")) ? (number.boolValue ? "true" : "false") : number.stringValue, to: &leaves)
        case let text as String:
            add(key, text, to: &leaves)
        default:
            break
        }
    }

    /// `name=value` with the name as letters and digits in lower case (`CallhandlerURI` and its
    /// property `callhandlerURI` meet), and numbers and booleans in one spelling each.
    private static func add(_ name: String, _ value: String, to leaves: inout [String]) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        var key = String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
        // A member named like one every generated type has gets `Value` (`description` → `descriptionValue`).
        if key.hasSuffix("value"), ["description", "hash", "init", "validate", "encode", "lexical", "self"].contains(String(key.dropLast(5))) {
            key.removeLast(5)
        }
        var canonical = trimmed
        if let number = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")), trimmed.allSatisfy({ "0123456789+-.eE".contains($0) }) {
            canonical = "\(number)"
        } else if ["true", "false"].contains(trimmed.lowercased()) {
            canonical = trimmed.lowercased()
        }
        leaves.append(key + "=" + canonical)
    }

    /// What `a` has that `b` lacks, counting repeats.
    static func difference(_ a: [String], _ b: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for item in b { counts[item, default: 0] += 1 }
        return a.filter { item in
            guard let count = counts[item], count > 0 else { return true }
            counts[item] = count - 1
            return false
        }
    }
}
