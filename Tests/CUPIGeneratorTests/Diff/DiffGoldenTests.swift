import Foundation
import Testing
@testable import CUPIGenerator

/// The upgrade report from Unity Connection 10.0 to the current description, and the rule
/// reference page, match the checked-in files. `CUPIGEN_RECORD=1` re-records them.
@Suite("Diff: golden reports")
struct DiffGoldenTests {
    static let root = Fragment.repositoryRoot
    static var recording: Bool { ProcessInfo.processInfo.environment["CUPIGEN_RECORD"] == "1" }

    static func report() throws -> DiffReport {
        let old = try #require(Frontend.load(root + "/Inputs/cupi-10.0").model)
        let new = try #require(Frontend.load(root + "/Inputs/cupi").model)
        return DiffReport(oldName: "Inputs/cupi-10.0", newName: "Inputs/cupi", changes: SchemaDiff.compare(old: old, new: new))
    }

    @Test(arguments: [(DiffReport.Format.markdown, "md"), (.json, "json")])
    func cupiUpgradeReportMatchesTheGoldenFile(_ format: DiffReport.Format, _ fileExtension: String) throws {
        let rendered = try Self.report().render(format)
        try Self.compare(rendered, withFile: "Tests/Fixtures/diff/cupi-10.0-to-current.\(fileExtension)")
    }

    @Test func cupiUpgradeReportHasTheChangesTheTwoReleasesEncode() throws {
        let changes = try Self.report().changes
        #expect(changes.count(.breaking) == 0)
        // Multi-tenancy (10.5(2)), PIN sync for AXL servers (11.5(1)), admin users (12.5(1) SU3), SMTP
        // configuration (14SU2): the guide's version notes, and nothing else.
        #expect(Set(changes.of("resource-added").map(\.path)) == [
            "adminusers", "adminusers/{objectId}", "tenants", "tenants/{objectId}", "tenants/{objectId}/userlicenses",
            "smtpserver/serverconfigs", "smtpclient/clientconfigs",
        ])
        #expect(Set(changes.of("type-added").map(\.path)).subtracting(["Tenant", "Tenants"]).allSatisfy { $0.hasPrefix("Smtp") })
        #expect(changes.of("optional-field-added").allSatisfy { $0.path.hasSuffix("/TenantObjectId") || $0.path.hasSuffix("/IsPinSyncEnabled") })
        #expect(changes.of("optional-field-added").contains { $0.symbol == "User.tenantObjectId" })
    }

    @Test func ruleReferencePageIsUpToDate() throws {
        try Self.compare(DiffRuleReference.markdown(), withFile: "docs/diff-rules.md")
    }

    static func compare(_ text: String, withFile path: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        #expect(recorded == text, "\(path) is out of date; re-record with CUPIGEN_RECORD=1 swift test --filter Diff")
    }
}
