/// A strict JSON reader (RFC 8259: no comments, no trailing commas, no duplicate keys) that keeps
/// where each value stands, so that a config error is reported at `file:line:col`. Written here
/// rather than taken from a YAML library: the tool the build plugin runs must not build a C
/// target, or SwiftPM rebuilds it on every build (see the README's known issues).
struct ConfigNode: Equatable {
    indirect enum Value: Equatable {
        case string(String)
        /// The number as written (`3`, `-1.5e2`).
        case number(String)
        case bool(Bool)
        case null
        case array([ConfigNode])
        /// Members in file order.
        case object([(key: String, keyLine: Int, keyColumn: Int, value: ConfigNode)])

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.string(let x), .string(let y)), (.number(let x), .number(let y)): return x == y
            case (.bool(let x), .bool(let y)): return x == y
            case (.null, .null): return true
            case (.array(let x), .array(let y)): return x == y
            case (.object(let x), .object(let y)):
                return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            default: return false
            }
        }
    }

    var value: Value
    var line: Int
    var column: Int
}

struct ConfigJSONError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}

enum ConfigJSON {
    /// Nesting deeper than this is refused rather than recursed into.
    static let maximumDepth = 32

    static func parse(_ text: String) throws(ConfigJSONError) -> ConfigNode {
        var reader = Reader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        let node = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return node
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        var column: Int { index - lineStart + 1 }

        func error(_ message: String) -> ConfigJSONError { ConfigJSONError(message: message, line: line, column: column) }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A: index += 1; line += 1; lineStart = index
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(ConfigJSONError) -> ConfigNode {
            guard depth < ConfigJSON.maximumDepth else { throw error("nested more than \(ConfigJSON.maximumDepth) levels deep") }
            guard index < bytes.count else { throw error("a value is missing") }
            let (startLine, startColumn) = (line, column)
            func node(_ value: ConfigNode.Value) -> ConfigNode { ConfigNode(value: value, line: startLine, column: startColumn) }
            switch bytes[index] {
            case UInt8(ascii: "{"): return node(try object(depth: depth))
            case UInt8(ascii: "["): return node(try array(depth: depth))
            case UInt8(ascii: "\""): return node(.string(try string()))
            case UInt8(ascii: "t"): try word("true"); return node(.bool(true))
            case UInt8(ascii: "f"): try word("false"); return node(.bool(false))
            case UInt8(ascii: "n"): try word("null"); return node(.null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return node(.number(try number()))
            default: throw error("not JSON here (a YAML config? cupi-gen reads JSON only)")
            }
        }

        private mutating func word(_ word: String) throws(ConfigJSONError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("not JSON here (a YAML config? cupi-gen reads JSON only)")
            }
            index += expected.count
        }

        private mutating func object(depth: Int) throws(ConfigJSONError) -> ConfigNode.Value {
            index += 1
            var members: [(key: String, keyLine: Int, keyColumn: Int, value: ConfigNode)] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
                let (keyLine, keyColumn) = (line, column)
                let key = try string()
                if members.contains(where: { $0.key == key }) {
                    throw ConfigJSONError(message: "the key '\(key)' appears twice", line: keyLine, column: keyColumn)
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the key '\(key)'") }
                index += 1
                skipWhitespace()
                members.append((key, keyLine, keyColumn, try value(depth: depth + 1)))
                skipWhitespace()
                guard index < bytes.count else { throw error("the object is not closed with '}'") }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or '}'") }
                index += 1
            }
        }

        private mutating func array(depth: Int) throws(ConfigJSONError) -> ConfigNode.Value {
            index += 1
            var items: [ConfigNode] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw error("the list is not closed with ']'") }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or ']'") }
                index += 1
            }
        }

        private mutating func string() throws(ConfigJSONError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run.removeAll() }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    flush()
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush()
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{c}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800..<0xDC00).contains(code) {
                            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                throw error("a lone surrogate in \\u escape")
                            }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in \\u escape") }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { throw error("an invalid \\u escape") }
                        scalars.append(scalar)
                    default:
                        throw error("an invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
                    }
                case 0x00..<0x20:
                    throw error("a control character in a string (write it as an escape)")
                default:
                    run.append(byte)
                    index += 1
                }
            }
            throw error("the string is not closed with '\"'")
        }

        private mutating func hex4() throws(ConfigJSONError) -> UInt32 {
            guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw error("an invalid \\u escape")
            }
            index += 4
            return code
        }

        private mutating func number() throws(ConfigJSONError) -> String {
            let start = index
            func digits() -> Int {
                let first = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - first
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let integer = digits()
            guard integer > 0 else { throw error("a number without digits") }
            if integer > 1, bytes[index - integer] == UInt8(ascii: "0") {
                index = start  // reported where the number starts
                throw error("a number with a leading zero")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("a number without digits after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw error("a number without digits in its exponent") }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }
}
