/// Percent-encoding (RFC 3986) of path segments and query components.
///
/// A path parameter is always exactly one segment, so everything outside the unreserved set
/// (`A–Z a–z 0–9 - . _ ~`) is encoded: `/`, `?`, `#`, `%`, space and `*` (CUPI menu-entry keys are
/// `*` and `#`; greetings are named like `Off Hours`). Non-ASCII text is encoded as its UTF-8 bytes.
///
/// Query names and values are encoded the same way except that `(` and `)` stay literal, as in
/// Cisco's own examples (`query=(alias%20startswith%20John)`); they are legal in a query
/// (RFC 3986 sub-delims) and a server decodes both forms alike. A space is `%20`, never `+`, and
/// `+`, `&`, `=` and `;` are always encoded.
enum PercentEncoding {
    /// Encodes `text` as one path segment.
    static func pathSegment(_ text: String) -> String {
        encode(text) { isUnreserved($0) }
    }

    /// Encodes a query name or value.
    static func queryComponent(_ text: String) -> String {
        encode(text) { isUnreserved($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func encode(_ text: String, keeping isAllowed: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isAllowed(byte) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
