import Foundation
import Testing

/// The real version pairs of `../shared/corpus/VERSION_PAIRS.tsv`: each runs within 10 s, and its
/// report holds the changes the table's `change_summary` names, or, where the front end rejects
/// an input, the diff exits 2 with located diagnostics that say why.
@Suite("Diff: real version pairs")
struct DiffVersionPairTests {
    enum Expectation: Sendable {
        /// Changes that must be reported, as rule id and exact path.
        case changes([(rule: String, path: String)], only: Set<String>? = nil)
        /// The front end refuses an input; stderr must contain this.
        case rejected(String)
    }

    struct Pair: Sendable, CustomTestStringConvertible {
        var id: String
        var options: [String] = []
        var expectation: Expectation
        var testDescription: String { id }
    }

    static let ubl = "phax__ph-ubl/ph-ubl2"
    static let pairs: [Pair] = [
        Pair(id: "P01", expectation: .rejected("missing grammar include 'NewsSearchResponse.xsd'")),
        Pair(id: "P02", expectation: .rejected("remote import 'http://www.w3.org/2001/xml.xsd' refused")),
        // The summary's "/recursive removed": both revisions still have form/recursive and formSub/recursive.
        Pair(id: "P03", expectation: .changes([("resource-added", "bookstore/{id}/a/b/form/multipart"),
                                               ("id-changed", "bookstore/{id}/booksubresource")])),
        Pair(id: "P04", expectation: .rejected("Entity 'commonFaults' not defined")),
        Pair(id: "P05", expectation: .changes([
            ("global-element-removed", "element policy"), ("global-element-removed", "element attributeCondition"),
            ("global-element-removed", "element bulkAssociationAction"), ("global-element-removed", "element bulkActionRes"),
            ("global-element-added", "element bulkActionResult"), ("global-element-added", "element abstractPolicy"),
            ("type-changed", "element jobClass"), ("type-removed", "jobClassTO"),
        ])),
        Pair(id: "P06", expectation: .rejected("duplicate type 'status'")),
        Pair(id: "P07a", expectation: .changes([("global-element-added", "element x_virtual_fact_table"), ("type-added", "x_virtual_fact_table")],
                                               only: ["global-element-added", "type-added"])),
        Pair(id: "P07b", expectation: .changes([("occurrence-relaxed", "x_segments/segment")], only: ["occurrence-relaxed", "documentation-changed"])),
        Pair(id: "P07c", expectation: .changes([("type-added", "x_fact"), ("base-type-changed", "x_virtual_fact_table"),
                                                ("optional-field-added", "x_virtual_fact_table/@description")])),
        Pair(id: "P07d", expectation: .changes([("documentation-changed", "x_cube/properties")], only: ["documentation-changed"])),
        Pair(id: "P08", options: [
            "--allow-outside", "\(ubl)3/src/main/resources/external/schemas/ubl23", "--allow-outside", "\(ubl)4/src/main/resources/external/schemas/ubl24",
            "--schema-map", "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2=phax__ph-xsds/ph-xsds-ccts-cct-schemamodule/src/main/resources/schemas/CCTS_CCT_SchemaModule.xsd",
            "--schema-map", "http://www.w3.org/2000/09/xmldsig#=apache__cxf/rt/ws/security/src/main/model/xmldsig-core-schema.xsd",
                ], expectation: .changes([("optional-field-added", "AllowanceChargeType/TaxInclusiveAmount"), ("field-became-optional", "TaxCategoryType/TaxScheme")],
                                 // Additions only, though every file name changed: nothing is removed.
                                 only: ["optional-field-added", "global-element-added", "type-added", "base-type-changed",
                                        "field-became-optional", "field-became-repeating"])),
        Pair(id: "P09", options: ["--allow-outside", "javaee__wadl/wadl/wadl-maven-plugin/src/test/resources/open-patent-services"],
             expectation: .rejected("undefined param '#ref-type'")),
        Pair(id: "P10", expectation: .rejected("remote import 'http://www.w3.org/2001/xml.xsd' refused")),
        Pair(id: "P11", expectation: .rejected("remote import 'http://docs.oasis-open.org/election/external/xAL.xsd' refused")),
    ]

    /// Old and new paths by pair id, from the table.
    static func table() -> [String: (old: String, new: String)] {
        guard let shared = CommandRunner.shared,
              let text = try? String(contentsOfFile: shared + "/corpus/VERSION_PAIRS.tsv", encoding: .utf8) else { return [:] }
        var rows: [String: (String, String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 3 { rows[cells[0]] = (cells[2], cells[3]) }
        }
        return rows
    }

    @Test(.enabled(if: CommandRunner.shared != nil, "../shared is absent: the version-pair test is skipped"))
    func everyPairIsExpected() {
        #expect(Set(Self.table().keys) == Set(Self.pairs.map(\.id)))
    }

    @Test(.enabled(if: CommandRunner.shared != nil, "../shared is absent: the version-pair test is skipped"), arguments: pairs)
    func pairRunsWithinTenSecondsAndReportsItsChanges(_ pair: Pair) throws {
        let corpus = try #require(CommandRunner.shared) + "/corpus"
        let paths = try #require(Self.table()[pair.id])
        let outcome = try CommandRunner.run(["diff", "--format", "json"] + pair.options + [paths.old, paths.new], in: corpus, timeout: 10)
        #expect(!outcome.timedOut && !outcome.crashed)
        switch pair.expectation {
        case .rejected(let reason):
            #expect(outcome.status == 2, "\(pair.id): \(outcome.standardError.suffix(400))")
            #expect(outcome.standardError.contains(reason))
            #expect(outcome.standardOutput.isEmpty)
        case .changes(let expected, let only):
            #expect(outcome.status == 0, "\(pair.id): \(outcome.standardError.suffix(400))")
            let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            let changes = (report?["changes"] as? [[String: Any]] ?? []).map { ($0["rule"] as? String ?? "", $0["path"] as? String ?? "") }
            for (rule, path) in expected {
                #expect(changes.contains { $0 == (rule, path) }, "\(pair.id): no \(rule) at \(path)")
            }
            if let only {
                #expect(Set(changes.map(\.0)).isSubset(of: only), "\(pair.id): unexpected rules \(Set(changes.map(\.0)).subtracting(only))")
            }
        }
    }
}
