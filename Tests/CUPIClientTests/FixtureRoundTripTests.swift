import CUPIClient
import CUPIRuntime
import Foundation
import Testing

/// Every payload fixture of the CUPI description decodes into the generated models, validates
/// as the index says, and survives encode → decode unchanged (XML to XML, JSON to JSON).
@Suite("CUPI payload fixtures")
struct FixtureRoundTripTests {
    typealias Model = XMLElementCodable & CUPIJSONCodable & Validatable & Hashable & Sendable

    struct Fixture: CustomStringConvertible, Sendable {
        var file: String
        var root: String
        var expect: String
        var description: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/cupi")

    static let fixtures: [Fixture] = {
        guard let index = try? String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8) else { return [] }
        return index.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count >= 4 }.map { Fixture(file: $0[0], root: $0[1], expect: $0[3]) }
    }()

    static func modelType(_ root: String) -> (any Model.Type)? {
        SchemaElements.types[root] as? any Model.Type
    }

    private func data(_ fixture: Fixture) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(fixture.file))
    }

    @Test func theIndexListsEveryFixture() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.fixtures.map(\.file)))
        #expect(Self.fixtures.count > 60)
    }

    @Test(arguments: fixtures.filter { $0.expect == "valid" })
    func xmlRoundTrip(_ fixture: Fixture) throws {
        let type = try #require(Self.modelType(fixture.root), "no generated type for root \(fixture.root)")
        let issues = try xmlRoundTrip(type, try data(fixture), root: fixture.root)
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test(arguments: fixtures.filter { $0.expect == "valid JSON" })
    func jsonRoundTrip(_ fixture: Fixture) throws {
        let type = try #require(Self.modelType(fixture.root), "no generated type for root \(fixture.root)")
        let issues = try jsonRoundTrip(type, try data(fixture), root: fixture.root)
        #expect(issues.isEmpty, "\(issues)")
    }

    /// Each intentionally invalid fixture: the violation `validate()` must report (path suffix
    /// and rule prefix), or nil where decoding itself must fail.
    static let expectedViolations: [String: (path: String, rule: String)?] = [
        "invalid-callhandler-action.xml": ("AfterMessageAction", "enumeration"),
        "invalid-callhandler-creationtime.xml": ("CreationTime", "pattern"),
        "invalid-credential-time.xml": ("TimeChanged", "pattern"),
        "invalid-greeting-type.xml": ("GreetingType", "enumeration"),
        "invalid-menuentry-key.xml": ("TouchtoneKey", "pattern"),
        "invalid-root-lowercase.xml": nil,
        "invalid-transferoption-rings.xml": ("TransferRings", "minInclusive"),
        "invalid-user-alias-too-long.xml": ("Alias", "maxLength"),
        "invalid-user-extension.xml": ("DtmfAccessId", "pattern"),
        "invalid-user-objectid.xml": ("ObjectId", "pattern"),
        "invalid-users-total.xml": ("@total", "minInclusive"),
    ]

    @Test(arguments: fixtures.filter { $0.expect == "intentionally-invalid" })
    func invalidFixturesAreCaught(_ fixture: Fixture) throws {
        let expected = try #require(Self.expectedViolations[fixture.file], "no expectation for \(fixture.file)")
        guard let expected, let type = Self.modelType(fixture.root) else {
            #expect(Self.modelType(fixture.root) == nil || expected == nil)
            #expect(throws: (any Error).self) { try XMLCoding.decode(User.self, from: try data(fixture), rootName: "User") }
            return
        }
        let issues = try xmlRoundTrip(type, try data(fixture), root: fixture.root)
        #expect(issues.contains { $0.path.hasSuffix(expected.path) && $0.rule.hasPrefix(expected.rule) }, "\(issues)")
    }

    private func xmlRoundTrip<T: Model>(_ type: T.Type, _ data: Data, root: String) throws -> [ValidationIssue] {
        let decoded = try XMLCoding.decode(T.self, from: data, rootName: root)
        let encoded = XMLCoding.encode(decoded, rootName: root)
        #expect(try XMLCoding.decode(T.self, from: encoded, rootName: root) == decoded)
        return decoded.validate()
    }

    private func jsonRoundTrip<T: Model>(_ type: T.Type, _ data: Data, root: String) throws -> [ValidationIssue] {
        let decoded = try CUPIJSON.decode(T.self, from: data, rootName: root)
        let encoded = CUPIJSON.encode(decoded)
        #expect(try CUPIJSON.decode(T.self, from: encoded, rootName: root) == decoded)
        return decoded.validate()
    }
}
