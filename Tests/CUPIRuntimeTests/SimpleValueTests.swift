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
