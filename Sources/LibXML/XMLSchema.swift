import CLibXML2
import Foundation

/// A compiled W3C XML Schema, for validating documents with libxml2's validator.
///
/// Meant for schemas we trust (the bundled CUPI description, test fixtures); instance
/// documents are loaded with `XMLDocument`'s safe options before they are validated.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private let lock = NSLock()

    /// Compiles the schema whose entry file is at `url`, following its includes and imports.
    /// - Throws: `XMLParseFailure` with libxml2's messages when the schema does not compile.
    public init(contentsOf url: URL) throws(XMLParseFailure) {
        LibXML.initialize()
        let collector = XMLProblemCollector(path: url.path)
        guard let context = xmlSchemaNewParserCtxt(url.path) else {
            throw XMLParseFailure(problems: [XMLProblem(severity: .error, message: "cannot create a schema parser", path: url.path, line: nil, column: nil)])
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetParserStructuredErrors(context, XMLSchema.forward, box.toOpaque())
        guard let schema = xmlSchemaParse(context) else {
            throw XMLParseFailure(problems: collector.problems.filter { $0.severity == .error })
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates `document`; returns each violation as `path:line: message`, or nothing when valid.
    public func validate(_ document: XMLDocument) -> [String] {
        let collector = XMLProblemCollector(path: document.path)
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        // A validation context is cheap; the compiled schema is shared, and libxml2 wants
        // one context per thread, so each call makes its own.
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["\(document.path): cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, XMLSchema.forward, box.toOpaque())
        let result = xmlSchemaValidateDoc(context, document.pointer)
        let messages = collector.problems.filter { $0.severity == .error }.map { problem in
            "\(document.path):\(problem.line.map(String.init) ?? "?"): \(problem.message)"
        }
        if result != 0 && messages.isEmpty { return ["\(document.path): invalid (libxml2 code \(result))"] }
        return messages
    }

    /// Loads the file at `url` safely and validates it; load failures are reported as violations.
    public func validate(fileAt url: URL) -> [String] {
        do {
            return validate(try XMLDocument.load(contentsOf: url, path: url.path))
        } catch {
            return error.problems.map { "\($0.path):\($0.line.map(String.init) ?? "?"): \($0.message)" }
        }
    }

    private static let forward: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLProblemCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
    }
}
