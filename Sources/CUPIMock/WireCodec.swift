import CUPIClient
import CUPIRuntime
import Foundation
import LibXML

/// Why a request body was refused; becomes a 400 with `ErrorDetails`.
struct BodyProblem: Error, Sendable {
    var code: String
    var message: String
}

/// Reads request bodies and writes response bodies through the generated types, so the mock
/// speaks exactly the documents the client reads and writes, in XML or CUPI's JSON dialect.
struct WireCodec: Sendable {
    /// The compiled XSD every XML request body is checked against (libxml2's validator).
    let schema: XMLSchema

    /// The body as a stored element named `element`: JSON is read by the generated type and
    /// re-written as XML, then the XML is validated against the XSD and by the type's `validate()`.
    func decode(_ body: Data, format: WireFormat, element: String) throws(BodyProblem) -> AnyXMLElement {
        guard let type = SchemaElements.types[element] else {
            throw BodyProblem(code: "INVALID_PARAMETER", message: "no schema type for <\(element)>")
        }
        var xml = body
        if format == .json {
            guard let jsonType = type as? any (CUPIJSONDecodable & XMLElementEncodable).Type else {
                throw BodyProblem(code: "INVALID_PARAMETER", message: "<\(element)> has no JSON form")
            }
            do { xml = try Self.jsonToXML(jsonType, body, rootName: element) } catch {
                throw BodyProblem(code: "INVALID_PARAMETER", message: "malformed JSON: \(error)")
            }
        }
        let schemaProblems: [String]
        do {
            schemaProblems = schema.validate(try XMLDocument.parse([UInt8](xml), path: "request"))
        } catch {
            throw BodyProblem(code: "INVALID_PARAMETER", message: "malformed XML: " + error.problems.map(\.message).joined(separator: "; "))
        }
        if !schemaProblems.isEmpty {
            throw BodyProblem(code: "DATA_EXCEPTION", message: schemaProblems.joined(separator: "; "))
        }
        do {
            let issues = try Self.typedIssues(type, xml, rootName: element)
            if !issues.isEmpty {
                throw BodyProblem(code: "DATA_EXCEPTION", message: issues.map(\.description).joined(separator: "; "))
            }
            return try XMLCoding.decode(AnyXMLElement.self, from: xml, rootName: element)
        } catch let problem as BodyProblem {
            throw problem
        } catch {
            throw BodyProblem(code: "INVALID_PARAMETER", message: "\(error)")
        }
    }

    /// `element` as a response body in `format`, with its `Content-Type`.
    func encode(_ element: AnyXMLElement, format: WireFormat) -> (body: Data, contentType: String) {
        let xml = XMLCoding.encode(element, rootName: element.localName)
        guard format == .json else { return (xml, "application/xml") }
        guard let type = SchemaElements.types[element.localName] as? any (XMLElementDecodable & CUPIJSONEncodable).Type,
              let json = try? Self.xmlToJSON(type, xml, rootName: element.localName) else {
            // Every element the routes produce has a generated type; this is a bug, said plainly.
            return (Data("{\"error\":\"no JSON form for \(element.localName)\"}".utf8), "application/json")
        }
        return (json, "application/json")
    }

    private static func jsonToXML<T: CUPIJSONDecodable & XMLElementEncodable>(_ type: T.Type, _ body: Data, rootName: String) throws -> Data {
        XMLCoding.encode(try CUPIJSON.decode(type, from: body, rootName: rootName), rootName: rootName)
    }

    private static func xmlToJSON<T: XMLElementDecodable & CUPIJSONEncodable>(_ type: T.Type, _ xml: Data, rootName: String) throws -> Data {
        let value = try XMLCoding.decode(type, from: xml, rootName: rootName)
        let plain = try CUPIJSON.parse(CUPIJSON.encode(value))
        return CUPIJSON.serialize(collapsingSingleItemArrays(plain))
    }

    private static func typedIssues<T: XMLElementDecodable>(_ type: T.Type, _ xml: Data, rootName: String) throws -> [ValidationIssue] {
        let value = try XMLCoding.decode(type, from: xml, rootName: rootName)
        return (value as? any Validatable)?.validate() ?? []
    }

    /// CUPI writes a list of one object as that object, not as a one-element array.
    static func collapsingSingleItemArrays(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.members.map { ($0.key, collapsingSingleItemArrays($0.value)) }))
        case .array(let items):
            if items.count == 1, case .object = items[0] { return collapsingSingleItemArrays(items[0]) }
            return .array(items.map(collapsingSingleItemArrays))
        default:
            return value
        }
    }
}
