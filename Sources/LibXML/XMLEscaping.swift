/// Escaping of character data and attribute values for XML 1.0 output.
///
/// What is escaped, and why:
/// - `&` and `<` always; `>` always, so `]]>` can never appear in text.
/// - In attributes, `"` (values are double-quoted), and TAB, LF and CR as character references,
///   because a parser would otherwise normalize them to spaces.
/// - In text, CR as `&#13;`, because a parser would otherwise turn CR LF into LF.
/// - Characters XML 1.0 does not allow at all, not even as character references (C0 controls other
///   than TAB, LF, CR; U+FFFE; U+FFFF), cannot be represented: each is replaced by U+FFFD and counted,
///   so the output is always well-formed and callers can refuse a lossy result.
public enum XMLEscaping {
    /// Appends `utf8` (valid UTF-8) escaped to `output`.
    /// - Returns: the number of characters replaced because XML 1.0 cannot represent them.
    @discardableResult
    public static func append(_ utf8: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to output: inout [UInt8]) -> Int {
        var replaced = 0
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            // Every byte that needs attention is below '?' or is 0xEF (the lead byte of U+FFFE/U+FFFF).
            if byte > 0x3E && byte != 0xEF {
                index += 1
                continue
            }
            var replacement: StaticString?
            var width = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = inAttribute ? "&quot;" : nil
            case 0x0D: replacement = "&#13;"
            case 0x0A: replacement = inAttribute ? "&#10;" : nil
            case 0x09: replacement = inAttribute ? "&#9;" : nil
            case 0x00..<0x20:
                replacement = "\u{FFFD}"
                replaced += 1
            case 0xEF:
                if index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF {
                    replacement = "\u{FFFD}"
                    width = 3
                    replaced += 1
                }
            default: break
            }
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += width
                runStart = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        return replaced
    }

    /// Whether `scalar` may appear in an XML 1.0 document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
