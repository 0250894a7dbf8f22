/// A strict JSON (RFC 8259) parser that keeps member order and number text.
///
/// Written here rather than over `JSONSerialization`, which loses member order and turns
/// numbers into `Double`. Nesting is limited so hostile input cannot exhaust the stack.
struct JSONParser {
    /// The deepest nesting accepted; CUPI payloads nest a handful of levels.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    /// Parses one JSON text (a leading UTF-8 byte-order mark is allowed).
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONDecodingError) -> JSONValue {
        var parser = JSONParser(text: bytes)
        let value = try parser.parseValue()
        try parser.end()
        return value
    }

    /// A parser at the start of `text`, past a UTF-8 byte-order mark.
    init(text: UnsafeRawBufferPointer) {
        self.init(bytes: text.bindMemory(to: UInt8.self))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Checks that only whitespace follows the value.
    mutating func end() throws(JSONDecodingError) {
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected text after the JSON value") }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseValue() throws(JSONDecodingError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected character '\(Unicode.Scalar(bytes[index]))'")
        }
    }

    private mutating func parseObject() throws(JSONDecodingError) -> JSONObject {
        var object = JSONObject()
        if try opensEmpty(UInt8(ascii: "}")) { return object }
        while true {
            let key = try parseMemberName()
            object.append(key, try parseValue())
            if try closes(UInt8(ascii: "}")) { return object }
        }
    }

    /// A member's name and the ':' after it.
    mutating func parseMemberName() throws(JSONDecodingError) -> String {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
        let key = try parseString()
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else { throw error("expected ':' after member name") }
        index += 1
        return key
    }

    /// At a container's '{' or '[': enters it; true when it is empty, its `closer` consumed too.
    mutating func opensEmpty(_ closer: UInt8) throws(JSONDecodingError) -> Bool {
        try enter()
        index += 1
        skipWhitespace()
        guard peek == closer else { return false }
        index += 1
        depth -= 1
        return true
    }

    /// After a member or an element: true at the container's `closer` ('}' or ']'), false at a
    /// ',' (both consumed).
    mutating func closes(_ closer: UInt8) throws(JSONDecodingError) -> Bool {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: ","): index += 1; return false
        case closer: index += 1; depth -= 1; return true
        default: throw error(closer == UInt8(ascii: "}") ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
        }
    }

    private mutating func parseArray() throws(JSONDecodingError) -> [JSONValue] {
        var array: [JSONValue] = []
        if try opensEmpty(UInt8(ascii: "]")) { return array }
        while true {
            array.append(try parseValue())
            if try closes(UInt8(ascii: "]")) { return array }
        }
    }

    private mutating func parseString() throws(JSONDecodingError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes between the quotes are the string.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
        }
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw error("control character in a string must be escaped")
            default:
                buffer.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONDecodingError) {
        index += 1
        guard index < bytes.count else { throw error("unterminated string") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800..<0xDC00).contains(scalar), bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                let saved = index
                index += 2
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = saved
                }
            }
            // A lone surrogate cannot be a Swift character; it becomes U+FFFD, as invalid UTF-8 does.
            buffer.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
        default:
            throw error("invalid escape '\\\(Unicode.Scalar(escaped))'")
        }
    }

    private mutating func parseHex4() throws(JSONDecodingError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONDecodingError) -> String {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() > 0 else { throw error("invalid number") }
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("invalid number: digits must follow '.'") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("invalid number: digits must follow the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func expect(_ literal: StaticString) throws(JSONDecodingError) {
        let text = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard bytes[index...].starts(with: text) else { throw error("invalid literal") }
        index += text.count
    }

    private mutating func enter() throws(JSONDecodingError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// An error at the current position, with its 1-based line and column (counted only on failure).
    func error(_ message: String) -> JSONDecodingError {
        let end = min(index, bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return JSONDecodingError(message: message, path: "", line: line, column: column)
    }
}
