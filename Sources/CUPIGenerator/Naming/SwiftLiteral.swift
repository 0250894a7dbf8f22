/// Schema text as Swift source: string literals and documentation comments that no schema
/// content can break out of.
enum SwiftLiteral {
    /// A double-quoted string literal. Quotes and backslashes are escaped; every character that
    /// is not printable ASCII or a plain letter (controls, line and paragraph separators, bidi
    /// overrides, other invisible formatting) becomes a `\u{…}` escape.
    static func string(_ text: String) -> String {
        // Nearly every schema string is printable ASCII with nothing to escape: copy it whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if isSafe(scalar) { output.unicodeScalars.append(scalar) } else { output += "\\u{\(String(scalar.value, radix: 16))}" }
            }
        }
        return output + "\""
    }

    /// Lines of a `///` comment for `text`: one comment line per text line, with characters that
    /// could end a line or reorder the visible text removed.
    static func documentation(_ text: String) -> [String] {
        // One pass over the scalars: this runs for every documented declaration of a large schema.
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else if scalar == "\t" {
                // Tabs would line up differently in every editor; keep the text plain.
                line.append(contentsOf: "    ".unicodeScalars)
            } else if isSafe(scalar) {
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// Printable, visible characters: no C0/C1 controls, no format characters (which include the
    /// bidi overrides and isolates, zero-width joiners and the BOM), no unassigned or private use.
    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
        default: return true
        }
    }
}
