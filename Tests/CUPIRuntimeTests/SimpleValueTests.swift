import CUPIRuntime
import Foundation
import Testing

@Suite struct SimpleValueTests {
    @Test func booleans() throws {
        for (text, value) in [("true", true), ("1", true), ("false", false), ("0", false), (" \ttrue\n", true)] {
            #expect(try Bool(lexical: text) == value)
        }
        for text in ["TRUE", "yes", "", "2"] { #expect(throws: XMLValueError.self) { try Bool(lexical: text) } }
        #expect(true.lexical == "true" && false.lexical == "false")
    }

    @Test func integers() throws {
        #expect(try Int(lexical: " +007 ") == 7)
        #expect(try Int32(lexical: "-2147483648") == .min)
        #expect(try UInt8(lexical: "255") == 255)
        #expect(try Int64(lexical: "9223372036854775807") == .max)
        let error = #expect(throws: XMLValueError.self) { try Int32(lexical: "abc") }
        #expect(error?.message == "'abc' is not a valid xs:int")
        for text in ["2147483648", "1.0", "1e3", "", "- 1", "0x10"] { #expect(throws: XMLValueError.self) { try Int32(lexical: text) } }
        #expect(throws: XMLValueError.self) { try UInt8(lexical: "256") }
        #expect(throws: XMLValueError.self) { try UInt16(lexical: "-1") }
        #expect(Int16(-5).lexical == "-5")
    }

    /// Booleans and integers parse element text from its bytes; they must agree with the string parser
    /// on every value and every refusal, range edges included.
    @Test func bytesAndStringsParseAlike() throws {
        func fromBytes<T: XMLSimpleValue>(_ text: String, as type: T.Type) throws -> T {
            var text = text
            return try text.withUTF8 { try T(lexicalUTF8: $0) }
        }
        func agree<T: XMLSimpleValue & Equatable>(_ type: T.Type, _ texts: [String]) {
            for text in texts {
                let viaString = Result { try T(lexical: text) }, viaBytes = Result { try fromBytes(text, as: T.self) }
                switch (viaString, viaBytes) {
                case (.success(let a), .success(let b)): #expect(a == b, "\(T.self) '\(text)'")
                case (.failure(let a), .failure(let b)):
                    #expect((a as? XMLValueError)?.message == (b as? XMLValueError)?.message, "\(T.self) '\(text)'")
                default: Issue.record("\(T.self) '\(text)': string gives \(viaString), bytes give \(viaBytes)")
                }
            }
        }
        agree(Bool.self, ["true", "1", "false", "0", " \ttrue\n", "TRUE", "yes", "", "2", "truex", " ", "01"])
        let integers = ["0", "-0", "+0", " +007 ", "127", "128", "-128", "-129", "255", "256", "-1", "32767", "65535",
                        "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
                        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                        "18446744073709551615", "18446744073709551616", "", "+", "-", "1.0", "1e3", "- 1", "0x10",
                        "1 2", "١٢", "12a", "\n42\r"]
        agree(Int.self, integers); agree(Int8.self, integers); agree(Int16.self, integers); agree(Int32.self, integers)
        agree(Int64.self, integers); agree(UInt.self, integers); agree(UInt8.self, integers); agree(UInt16.self, integers)
        agree(UInt32.self, integers); agree(UInt64.self, integers)
        // Other types take the default: a string, then `init(lexical:)`.
        #expect(try fromBytes(" 1.5 ", as: Double.self) == 1.5)
        #expect(try fromBytes("  spaced\t", as: String.self) == "  spaced\t")
    }

    @Test func floatingPoint() throws {
        #expect(try Double(lexical: "INF") == .infinity)
        #expect(try Double(lexical: "-INF") == -.infinity)
        #expect(try Double(lexical: "NaN").isNaN)
        #expect(try Double(lexical: "-1.5E3") == -1500)
        #expect(try Double(lexical: ".5") == 0.5)
        #expect(try Double(lexical: "5.") == 5)
        #expect(try Float(lexical: " 1e-2 ") == 0.01)
        for text in ["inf", "nan", "Infinity", "0x1p3", "1e", "e5", "1.2.3", "--1", "1e+", "", "1 2"] {
            #expect(throws: XMLValueError.self) { try Double(lexical: text) }
        }
        #expect(Double.infinity.lexical == "INF")
        #expect((-Double.infinity).lexical == "-INF")
        #expect(Double.nan.lexical == "NaN")
        #expect(try Double(lexical: 0.1.lexical) == 0.1)
    }

    @Test func decimals() throws {
        #expect(try Decimal(lexical: "+1.50") == Decimal(string: "1.5"))
        #expect(try Decimal(lexical: "-.25") == Decimal(string: "-0.25"))
        #expect(try Decimal(lexical: "12345678901234567890.123").lexical == "12345678901234567890.123")
        for text in ["1e3", "abc", "", ".", "1.2.3", "NaN"] { #expect(throws: XMLValueError.self) { try Decimal(lexical: text) } }
    }

    @Test func stringsAreKeptAsIs() {
        #expect(String(lexical: "  spaced\t") == "  spaced\t")
    }
}
