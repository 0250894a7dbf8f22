import Foundation
import Testing

/// The real version pairs of `../shared/corpus/VERSION_PAIRS.tsv`: each runs within 10 s, and its
/// report holds the changes the table's `change_summary` names. Pairs whose files refer to what
/// the corpus does not hold (a missing include, a remote import, an external DTD, undefined
/// references) run with `--lenient`, which reads the rest and warns about each gap.
@Suite("Diff: real version pairs")
struct DiffVersionPairTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        var id: String
        var options: [String] = []
        /// Changes that must be reported, as rule id and exact path.
        var changes: [(rule: String, path: String)]
        /// When set, no rule outside it may appear.
        var only: Set<String>? = nil
        /// A warning standard error must contain (what `--lenient` read past).
        var warning: String? = nil
        var testDescription: String { id }
    }

    static let ubl = "phax__ph-ubl/ph-ubl2"
    static let pairs: [Pair] = [
        // A syntax migration only: the 2006 <fault status="400"> is the 2009 <response status="400">
        // with a representation, and 200 is WADL's default status, so the models are equal.
        Pair(id: "P01", options: ["--lenient"], changes: [], only: [], warning: "missing grammar include 'NewsSearchResponse.xsd'"),
        // The import of xml.xsd from w3.org is not fetched: the XML namespace is built in.
        Pair(id: "P02", changes: [("field-became-optional", "/param/@name"), ("field-became-optional", "/param/@style")],
             only: ["field-became-optional"]),
        // The summary's "/recursive removed": both revisions still have form/recursive and formSub/recursive.
        Pair(id: "P03", changes: [("resource-added", "bookstore/{id}/a/b/form/multipart"),
                                  ("id-changed", "bookstore/{id}/booksubresource")]),
        // Faults come from common.ent, an external DTD that is never read.
        Pair(id: "P04", options: ["--lenient"],
             changes: [("error-status-removed", "POST v2/{tenant_id}/servers/{server_id}/action 403"),
                       ("global-element-removed", "element resizeNotAllowed")],
             only: ["error-status-removed", "global-element-removed"], warning: "Entity 'commonFaults' not defined"),
        Pair(id: "P05", changes: [
            ("global-element-removed", "element policy"), ("global-element-removed", "element attributeCondition"),
            ("global-element-removed", "element bulkAssociationAction"), ("global-element-removed", "element bulkActionRes"),
            ("global-element-added", "element bulkActionResult"), ("global-element-added", "element abstractPolicy"),
            ("type-changed", "element jobClass"), ("type-removed", "jobClassTO"),
        ]),
        // Enunciate defines a type 'status' twice in each revision; the first is kept.
        Pair(id: "P06", options: ["--lenient"],
             changes: [("resource-added", "session/resources/list"), ("resource-added", "metastore/flattened/{tableName}"),
                       ("resource-added", "metastore/cubes/{cubeName}/latestdate"),
                       ("required-field-added", "queryPlan/error"), ("required-field-removed", "queryPlan/hasError")],
             warning: "duplicate type 'status'"),
        Pair(id: "P07a", changes: [("global-element-added", "element x_virtual_fact_table"), ("type-added", "x_virtual_fact_table")],
             only: ["global-element-added", "type-added"]),
        Pair(id: "P07b", changes: [("occurrence-relaxed", "x_segments/segment")], only: ["occurrence-relaxed", "documentation-changed"]),
        Pair(id: "P07c", changes: [("type-added", "x_fact"), ("base-type-changed", "x_virtual_fact_table"),
                                   ("optional-field-added", "x_virtual_fact_table/@description")]),
        Pair(id: "P07d", changes: [("documentation-changed", "x_cube/properties")], only: ["documentation-changed"]),
        Pair(id: "P08", options: [
            "--allow-outside", "\(ubl)3/src/main/resources/external/schemas/ubl23", "--allow-outside", "\(ubl)4/src/main/resources/external/schemas/ubl24",
            "--schema-map", "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2=phax__ph-xsds/ph-xsds-ccts-cct-schemamodule/src/main/resources/schemas/CCTS_CCT_SchemaModule.xsd",
            "--schema-map", "http://www.w3.org/2000/09/xmldsig#=apache__cxf/rt/ws/security/src/main/model/xmldsig-core-schema.xsd",
        ], changes: [("optional-field-added", "AllowanceChargeType/TaxInclusiveAmount"), ("field-became-optional", "TaxCategoryType/TaxScheme")],
             // Additions only, though every file name changed: nothing is removed.
             only: ["optional-field-added", "global-element-added", "type-added", "base-type-changed",
                    "field-became-optional", "field-became-repeating"]),
        // The original is invalid WADL: methods refer to params by ids it never defines.
        Pair(id: "P09", options: ["--lenient", "--allow-outside", "javaee__wadl/wadl/wadl-maven-plugin/src/test/resources/open-patent-services"],
             changes: [("id-changed", "GET ecla/{class}/{nav}"), ("id-changed", "POST ecla"), ("id-changed", "GET images/{imageId}")],
             warning: "undefined param '#ref-type'"),
        // The target namespace changed, so every component is another one by qualified name.
        Pair(id: "P10", changes: [("global-element-removed", "element fault"), ("type-removed", "representation_type"),
                                  ("global-element-added", "element application")],
             only: ["global-element-added", "global-element-removed", "type-added", "type-removed"]),
        // xAL.xsd is imported from oasis-open.org: its element stays undefined on both sides.
        Pair(id: "P11", options: ["--lenient"],
             changes: [("type-added", "AbstractExtentType"), ("base-type-changed", "AbstractLatLonBoxType")],
             warning: "remote import 'http://docs.oasis-open.org/election/external/xAL.xsd' refused"),
    ]

    /// Without `--lenient`, what the lenient pairs read past stops the diff (exit 2).
    static let strictRejections: [(id: String, reason: String)] = [
        ("P01", "error: missing grammar include 'NewsSearchResponse.xsd'"),
        ("P04", "error: Entity 'commonFaults' not defined"),
        ("P06", "error: duplicate type 'status'"),
        ("P11", "error: remote import 'http://docs.oasis-open.org/election/external/xAL.xsd' refused"),
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
        #expect(outcome.status == 0, "\(pair.id): \(outcome.standardError.suffix(400))")
        #expect(!outcome.standardError.contains("error:"))
        if let warning = pair.warning {
            #expect(outcome.standardError.contains("warning: \(warning)"), "\(pair.id): \(outcome.standardError.prefix(400))")
        }
        let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let changes = try #require(report?["changes"] as? [[String: Any]]).map { ($0["rule"] as? String ?? "", $0["path"] as? String ?? "") }
        for (rule, path) in pair.changes {
            #expect(changes.contains { $0 == (rule, path) }, "\(pair.id): no \(rule) at \(path)")
        }
        if let only = pair.only {
            #expect(Set(changes.map(\.0)).isSubset(of: only), "\(pair.id): unexpected rules \(Set(changes.map(\.0)).subtracting(only))")
        }
    }

    @Test(.enabled(if: CommandRunner.shared != nil, "../shared is absent: the version-pair test is skipped"),
          arguments: strictRejections.map(\.id))
    func withoutLenientTheGapsAreErrors(_ id: String) throws {
        let corpus = try #require(CommandRunner.shared) + "/corpus"
        let paths = try #require(Self.table()[id])
        let reason = try #require(Self.strictRejections.first { $0.id == id }?.reason)
        let outcome = try CommandRunner.run(["diff", paths.old, paths.new], in: corpus, timeout: 10)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains(reason), "\(id): \(outcome.standardError.prefix(400))")
        #expect(outcome.standardOutput.isEmpty)
    }
}
