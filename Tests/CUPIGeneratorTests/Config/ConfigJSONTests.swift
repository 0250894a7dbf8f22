import Foundation
import Testing
@testable import CUPIGenerator

/// The config reader is strict JSON and says where a problem is; its values agree with
/// Foundation's reading of the same text.
@Suite("Config JSON")
struct ConfigJSONTests {
    @Test func valuesAndTheirPlaces() throws {
        let node = try ConfigJSON.parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": {\"c\": \"\\u00e9\\ud83d\\ude00\\n\"}\n}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyLine == 2 && members[0].keyColumn == 3)
        #expect(members[0].value.line == 2 && members[0].value.column == 8)
        #expect(members[0].value.value == .array([
            ConfigNode(value: .number("1"), line: 2, column: 9), ConfigNode(value: .number("-2.5e3"), line: 2, column: 12),
            ConfigNode(value: .bool(true), line: 2, column: 20), ConfigNode(value: .null, line: 2, column: 26),
        ]))
        guard case .object(let inner) = members[1].value.value else { Issue.record("not an object"); return }
        #expect(inner.first?.value.value == .string("é😀\n"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a key"), ("[1, 2,]", 1, 7, "not JSON here"), ("{\"a\": 01}", 1, 7, "leading zero"),
        ("{\"a\": \"x\ny\"}", 1, 9, "control character"), ("{\"a\": \"\\ud800\"}", 1, 14, "lone surrogate"),
        ("{\"a\": 1} x", 1, 10, "unexpected text"), ("a: 1", 1, 1, "YAML"), ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice"),
        (String(repeating: "[", count: 40), 1, 33, "nested more than"), ("{\"a\": \"\\x\"}", 1, 10, "invalid escape"),
    ])
    func strictErrorsAreLocated(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try ConfigJSON.parse(text)
        } throws: { error in
            guard let error = error as? ConfigJSONError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    /// What parses agrees with Foundation's reader, value for value.
    @Test func agreesWithFoundation() throws {
        let text = #"{"input": "a/b.wadl", "modelFiles": 12, "generate": ["models", "xml"], "embedDescription": false, "nameOverrides": {"X": "Y"}}"#
        let ours = try ConfigJSON.parse(text)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        guard case .object(let members) = ours.value else { Issue.record("not an object"); return }
        #expect(Set(members.map(\.key)) == Set(theirs.keys))
        for member in members {
            switch member.value.value {
            case .string(let text): #expect(theirs[member.key] as? String == text)
            case .number(let text): #expect((theirs[member.key] as? NSNumber)?.stringValue == text)
            case .bool(let flag): #expect(theirs[member.key] as? Bool == flag)
            case .array(let items): #expect((theirs[member.key] as? [Any])?.count == items.count)
            case .object(let pairs): #expect((theirs[member.key] as? [String: Any])?.count == pairs.count)
            case .null: #expect(theirs[member.key] is NSNull)
            }
        }
    }
}
