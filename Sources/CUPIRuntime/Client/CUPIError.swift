/// Why a CUPI call failed.
///
/// No case ever carries the request's header fields, so credentials and session cookies cannot
/// leak through an error's description.
public enum CUPIError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a status the operation does not declare. `details` holds CUPI's
    /// `ErrorDetails` entries when the body had them (XML or JSON); `body` is the raw body text.
    case http(status: Int, details: [ErrorDetail], body: String)
    /// The request body failed validation, or the request could not be built; nothing was sent.
    case invalidRequest([ValidationIssue])
    /// No response after retries and failover.
    case transport(TransportError)
    /// A declared status arrived but its body did not decode.
    case decoding(String)

    /// One line for logs: the status with CUPI's error details (or the start of the body), the validation issues, the transport failure or the decoding problem. Never a header value.
    public var description: String {
        switch self {
        case .http(let status, let details, let body):
            if !details.isEmpty {
                return "HTTP \(status): " + details.map(\.description).joined(separator: "; ")
            }
            return body.isEmpty ? "HTTP \(status)" : "HTTP \(status): \(Self.clip(body))"
        case .invalidRequest(let issues):
            return "invalid request, nothing was sent: " + issues.map(\.description).joined(separator: "; ")
        case .transport(let error):
            return "transport failure: \(error)"
        case .decoding(let message):
            return "could not decode the response: \(message)"
        }
    }

    /// A whole HTML error page would swamp a log line; its start identifies it.
    private static func clip(_ text: String) -> String {
        text.count <= 500 ? text : String(text.prefix(500)) + "…"
    }
}

/// One entry of CUPI's `ErrorDetails` document: `<errors><code>…</code><message>…</message></errors>`.
public struct ErrorDetail: Sendable, Hashable, CustomStringConvertible {
    /// The error code, for example `DATA_EXCEPTION`.
    public var code: String
    /// The human-readable message.
    public var message: String

    /// Makes an entry.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`, or the message alone when there is no code.
    public var description: String { code.isEmpty ? message : "\(code): \(message)" }
}

/// The `ErrorDetails` document, read leniently: anything that is not one is no details at all.
struct ErrorDetailsDocument: XMLElementDecodable, CUPIJSONDecodable {
    var errors: [ErrorDetail] = []

    init(xml element: XMLElementReader) throws {
        try element.forEachChild { child in
            guard child.localName == "errors" else { return }
            var code = ""
            var message = ""
            try child.forEachChild { field in
                switch field.localName {
                case "code": code = try field.text()
                case "message": message = try field.text()
                default: break
                }
            }
            errors.append(ErrorDetail(code: code, message: message))
        }
    }

    init(json: JSONObjectReader) throws {
        errors = try json.decodeAll("errors").map { (entry: JSONEntry) in entry.detail }
    }

    /// One `errors` member in JSON.
    private struct JSONEntry: CUPIJSONDecodable {
        var detail: ErrorDetail
        init(json: JSONObjectReader) throws {
            detail = ErrorDetail(code: try json.value("code") ?? "", message: try json.value("message") ?? "")
        }
    }

    /// The details in `response`'s body, by its `Content-Type` or, without one, by its first character.
    static func details(in response: OperationResponse) -> [ErrorDetail] {
        let format = response.bodyFormat ?? sniff(response)
        switch format {
        case .xml: return (try? XMLCoding.decode(Self.self, from: response.body, rootName: "ErrorDetails"))?.errors ?? []
        case .json: return (try? CUPIJSON.decode(Self.self, from: response.body, rootName: "ErrorDetails"))?.errors ?? []
        case nil: return []
        }
    }

    private static func sniff(_ response: OperationResponse) -> WireFormat? {
        switch response.body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
        case UInt8(ascii: "<"): .xml
        case UInt8(ascii: "{"): .json
        default: nil
        }
    }
}
