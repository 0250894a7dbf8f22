import Foundation
import Testing
@testable import CUPIGenerator

/// Report formats: stable, escaped, coloured only when asked.
@Suite("Diff: reports")
struct DiffReportTests {
    static let hostile = Change(rule: "documentation-changed", level: .info, direction: .both, path: "T/<b>|x",
                                message: "T: <script>alert('x')</script> | `tick` & \u{1B}[31mred", old: nil,
                                new: SourceLocation(file: "a.xsd", line: 3), symbol: "T.x")
    static let report = DiffReport(oldName: "old", newName: "new", changes: [hostile])

    @Test func htmlEscapesSchemaText() {
        let html = Self.report.render(.html)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}") && !html.contains("http"))
    }

    @Test func markdownCannotBreakItsTable() {
        let row = Self.report.render(.markdown).split(separator: "\n").first { $0.contains("documentation-changed") }
        #expect(row.map { $0.components(separatedBy: " | ").count } == 6)
        #expect(row?.contains("\\<script\\>") == true)
    }

    @Test func jsonHasAVersionAndEveryKey() throws {
        let object = try JSONSerialization.jsonObject(with: Data(Self.report.render(.json).utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        let change = (object?["changes"] as? [[String: Any]])?.first
        #expect(Set(change?.keys.map { $0 } ?? []) == ["rule", "level", "direction", "path", "message", "symbol", "old", "new"])
        #expect(change?["old"] is NSNull)
    }

    @Test func textIsColouredOnlyWhenAskedAndNeverPassesControlCharacters() {
        #expect(!Self.report.render(.text).contains("\u{1B}"))
        let colored = Self.report.render(.text, colored: true)
        #expect(colored.contains("\u{1B}[36m") && !colored.contains("\u{1B}[31mred"))
    }

    @Test func ignoreListMatchesRulesAndPathPatterns() {
        let (list, diagnostics) = DiffIgnoreList.parse("# c\n\noptional-field-added */TenantObjectId\n* GET tenants*\nno-such-rule\n", file: "i.txt")
        #expect(diagnostics.map(\.message) == ["unknown diff rule 'no-such-rule'; the rules are listed in docs/diff-rules.md"])
        func change(_ rule: String, _ path: String) -> Change {
            Change(rule: rule, level: .info, direction: .both, path: path, message: "", old: nil, new: nil, symbol: nil)
        }
        #expect(list.accepts(change("optional-field-added", "User/TenantObjectId")))
        #expect(!list.accepts(change("optional-field-added", "User/Alias")))
        #expect(list.accepts(change("operation-added", "GET tenants/{objectId}")))
        #expect(!list.accepts(change("operation-added", "PUT tenants")))
    }
}
