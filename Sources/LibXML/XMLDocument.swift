import CLibXML2
import Foundation

/// A parsed XML document, loaded with options that make untrusted input safe:
/// no network access, no DTD loading, no entity substitution, line numbers beyond 65535,
/// and libxml2's own limits on depth and entity amplification left on.
///
/// Entity references stay in the tree as references; `XMLEntityAudit` bounds what they
/// expand to before any text is read, and external entities are refused outright.
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// The name used for this document in diagnostics.
    public let path: String
    /// What the parse let pass: references to undeclared entities it left out when asked to.
    public private(set) var warnings: [XMLProblem] = []

    /// The parse options: `NONET` refuses network access, and by leaving out `NOENT`,
    /// `DTDLOAD`, `DTDATTR`, `XINCLUDE` and `HUGE` nothing outside the bytes is read and
    /// libxml2 keeps its depth and amplification limits.
    static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// The largest file accepted, so that a hostile input cannot exhaust memory.
    public static let maximumSize = 64 << 20

    private init(pointer: xmlDocPtr, path: String) {
        self.pointer = pointer
        self.path = path
    }

    deinit { xmlFreeDoc(pointer) }

    /// Parses `bytes`, naming the document `path` in diagnostics.
    ///
    /// With `skippingUndeclaredEntities`, a document whose only errors are references to
    /// entities it does not declare (typically declared in an external DTD, which is never
    /// read) is parsed again in libxml2's recovery mode, which leaves those references out;
    /// each becomes one of `warnings`. Any other error still fails the parse.
    /// - Throws: `XMLParseFailure` with every error libxml2 reported, each with line and column.
    public static func parse(_ bytes: [UInt8], path: String, skippingUndeclaredEntities: Bool = false) throws(XMLParseFailure) -> XMLDocument {
        do {
            return try parse(bytes, path: path, recovering: false)
        } catch let failure where skippingUndeclaredEntities && failure.problems.allSatisfy(\.isUndeclaredEntity) {
            // The strict parse stops at its first fatal error, so only the recovering parse
            // sees the whole document; it too must find nothing but undeclared entities.
            return try parse(bytes, path: path, recovering: true)
        }
    }

    private static func parse(_ bytes: [UInt8], path: String, recovering: Bool) throws(XMLParseFailure) -> XMLDocument {
        LibXML.initialize()
        if bytes.count > maximumSize {
            throw XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: "file is larger than \(maximumSize >> 20) MiB", path: path, line: 1, column: nil)])
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: "cannot allocate a parser", path: path, line: 1, column: nil)])
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = XMLProblemCollector(path: path)
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        context.pointee._private = box.toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let error, let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
                  let collector = context.pointee._private else { return }
            Unmanaged<XMLProblemCollector>.fromOpaque(collector).takeUnretainedValue().record(error.pointee)
        }
        let options = recovering ? safeOptions | Int32(XML_PARSE_RECOVER.rawValue) : safeOptions
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), path, nil, options)
            }
        }
        let errors = collector.problems.filter { $0.severity == .error }
        let recovered = recovering && errors.allSatisfy(\.isUndeclaredEntity)
        guard let document, context.pointee.wellFormed != 0 || recovered else {
            if let document { xmlFreeDoc(document) }
            throw XMLParseFailure(problems: errors.isEmpty
                ? [XMLProblem(severity: .error, message: "not well-formed XML", path: path, line: 1, column: nil)]
                : errors)
        }
        let parsed = XMLDocument(pointer: document, path: path)
        if recovering {
            parsed.warnings = errors.map {
                var problem = $0
                problem.severity = .warning
                problem.message += "; the reference is left out (cupi-gen never reads an external DTD)"
                return problem
            }
        }
        // libxml2 adds the `xml:` namespace declaration to a document on the first lookup of
        // that prefix; doing it now leaves nothing to build on first use, so that several
        // threads can read the tree at once.
        if let root = xmlDocGetRootElement(document) { _ = xmlSearchNs(document, root, "xml") }
        let audit = XMLEntityAudit(document: parsed).run()
        if !audit.isEmpty { throw XMLParseFailure(problems: audit) }
        return parsed
    }

    /// Reads and parses the file at `url`, naming it `path` in diagnostics.
    public static func load(contentsOf url: URL, path: String, skippingUndeclaredEntities: Bool = false) throws(XMLParseFailure) -> XMLDocument {
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            bytes = [UInt8](data)
        } catch {
            throw XMLParseFailure(problems: [XMLProblem(
                severity: .error, message: "cannot read file: \(error.localizedDescription)", path: path, line: nil, column: nil)])
        }
        return try parse(bytes, path: path, skippingUndeclaredEntities: skippingUndeclaredEntities)
    }

    /// The document element.
    public var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(node: $0, document: self) }
    }
}

/// A problem libxml2 or the entity audit found in a document.
public struct XMLProblem: Sendable, Hashable, Error {
    public enum Severity: Sendable, Hashable { case warning, error }
    public var severity: Severity
    public var message: String
    public var path: String
    public var line: Int?
    public var column: Int?
    /// libxml2's error number, when libxml2 reported the problem.
    public var code: Int32?

    public init(severity: Severity, message: String, path: String, line: Int?, column: Int?, code: Int32? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.code = code
    }

    /// A reference to an entity the document does not declare.
    var isUndeclaredEntity: Bool {
        code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) || code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
    }
}

/// A document that could not be loaded, with every reason.
public struct XMLParseFailure: Error, Sendable {
    public var problems: [XMLProblem]
}

/// Gathers libxml2's structured errors for one parse; libxml2 reports them through a C callback.
final class XMLProblemCollector {
    let path: String
    private(set) var problems: [XMLProblem] = []

    init(path: String) { self.path = path }

    func record(_ error: xmlError) {
        let severity: XMLProblem.Severity = error.level.rawValue >= XML_ERR_ERROR.rawValue ? .error : .warning
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        problems.append(XMLProblem(
            severity: severity,
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            path: path,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil,
            code: error.code))
    }
}

/// libxml2 setup, done before any parse: once, so that libxml2 is safe to use from several threads,
/// and on each calling thread, so that libxml2's generic errors (encoding conversion, I/O) are not
/// printed to stderr (the structured report of the same failure reaches the caller).
public enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        cupi_silence_generic_errors_for_new_threads()
        return true
    }()

    public static func initialize() {
        _ = initialized
        cupi_silence_generic_errors()
    }
}
