import Foundation
import LibXML
import Testing

/// Checks the bundled CUPI description with libxml2: the schema files compile, the WADL files are valid WADL 2009/02,
/// the team's payload fixtures validate (or fail, when they are meant to), and so does every XML example of Cisco's
/// CUPI guide kept in `../shared/cupi/examples`, except the ones listed with a reason in
/// `Tests/Fixtures/cupi/EXPECTED_EXAMPLE_FAILURES.tsv`.
@Suite("CUPI description")
struct DescriptionValidationTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CUPIDescriptionTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let fixtures = repositoryRoot.appending(path: "Tests/Fixtures/cupi")
    static let shared = repositoryRoot.deletingLastPathComponent().appending(path: "shared")
    static let examples = shared.appending(path: "cupi/examples")
    static let wadlSchema = shared.appending(path: "corpus/javaee__wadl/spec/wadl.xsd")
    static let xmlNamespaceSchema = shared.appending(path: "corpus/phax__ph-xsds/ph-xsds-xml/src/main/resources/schemas/xml.xsd")

    static let hasExamples = FileManager.default.fileExists(atPath: examples.appending(path: "INDEX.tsv").path)
    static let hasWADLSchema = FileManager.default.fileExists(atPath: wadlSchema.path)
        && FileManager.default.fileExists(atPath: xmlNamespaceSchema.path)

    static let releases = ["cupi", "cupi-10.0"]

    @Test("every schema file compiles on its own", arguments: releases)
    func schemaFilesCompile(release: String) throws {
        let folder = Self.repositoryRoot.appending(path: "Inputs/\(release)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xsd") }.sorted()
        #expect(files.contains("cupi.xsd"))
        for file in files {
            _ = try Self.compile(folder.appending(path: file))
        }
    }

    @Test("both releases have the same file layout")
    func sameLayout() throws {
        let layouts = try Self.releases.map { release in
            try FileManager.default.contentsOfDirectory(atPath: Self.repositoryRoot.appending(path: "Inputs/\(release)").path).sorted()
        }
        #expect(layouts[0] == layouts[1])
    }

    @Test("payload fixtures validate, and the intentionally invalid ones do not")
    func fixturesValidate() throws {
        let schema = try Self.compile(Self.repositoryRoot.appending(path: "Inputs/cupi/cupi.xsd"))
        let rows = try Self.table(Self.fixtures.appending(path: "INDEX.tsv"))
        let indexed = Set(rows.map { $0[0] })
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        #expect(Set(onDisk) == indexed, "INDEX.tsv and the fixture files disagree")

        for row in rows where row[0].hasSuffix(".xml") {
            let (file, expectation) = (row[0], row[3])
            let problems = schema.validate(fileAt: Self.fixtures.appending(path: file))
            switch expectation {
            case "valid":
                #expect(problems.isEmpty, "\(file) should validate:\n\(problems.joined(separator: "\n"))")
            case "intentionally-invalid":
                #expect(!problems.isEmpty, "\(file) should not validate (\(row[2]))")
            default:
                Issue.record("\(file): unknown expectation \(expectation) in INDEX.tsv")
            }
        }
        for row in rows where row[0].hasSuffix(".json") {
            let data = try Data(contentsOf: Self.fixtures.appending(path: row[0]))
            #expect(throws: Never.self, "\(row[0]) is not valid JSON") { try JSONSerialization.jsonObject(with: data) }
        }
    }

    @Test("the WADL files are valid WADL 2009/02", .enabled(if: hasWADLSchema, "needs ../shared/corpus (WADL and xml: schemas)"),
          arguments: releases)
    func wadlIsValid(release: String) throws {
        let schema = try Self.compile(try Self.offlineWADLSchema())
        let wadl = Self.repositoryRoot.appending(path: "Inputs/\(release)/application.wadl")
        let problems = schema.validate(fileAt: wadl)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("the CUPI guide's XML examples validate, except the expected failures",
          .enabled(if: hasExamples, "needs ../shared/cupi/examples"))
    func guideExamplesValidate() throws {
        let schema = try Self.compile(Self.repositoryRoot.appending(path: "Inputs/cupi/cupi.xsd"))
        let expected = Dictionary(uniqueKeysWithValues: try Self.table(Self.fixtures.appending(path: "EXPECTED_EXAMPLE_FAILURES.tsv"))
            .map { ($0[0], $0[1]) })
        let files = try Self.table(Self.examples.appending(path: "INDEX.tsv")).map { $0[0] }.filter { $0.hasSuffix(".xml") }
        #expect(!files.isEmpty)

        var failing: Set<String> = []
        for file in files {
            let problems = schema.validate(fileAt: Self.examples.appending(path: file))
            if problems.isEmpty { continue }
            failing.insert(file)
            if expected[file] == nil {
                Issue.record("\(file) does not validate and is not an expected failure:\n\(problems.joined(separator: "\n"))")
            }
        }
        for (file, reason) in expected where !failing.contains(file) {
            Issue.record("\(file) is listed as an expected failure (\(reason)) but validates, or is not an XML example: remove the row")
        }
    }

    /// The examples of the chapters read for the whole API, kept in the repository: each area's
    /// `INDEX.tsv` says which validate and, for the rest, why they are broken as printed.
    @Test("the examples of every chapter validate, or are broken as printed for the reason their index gives",
          arguments: ["handlers", "schedules", "system", "users", "usersettings"])
    func chapterExamplesValidate(area: String) throws {
        let folder = Self.fixtures.appending(path: "guide/\(area)")
        let rows = try Self.table(folder.appending(path: "INDEX.tsv"))
        #expect(rows.count > 10)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        #expect(Set(onDisk) == Set(rows.map { $0[0] }), "\(area)/INDEX.tsv and the files disagree")
        let schema = try Self.compile(Self.repositoryRoot.appending(path: "Inputs/cupi/cupi.xsd"))
        for row in rows where row[0].hasSuffix(".xml") {
            let (file, expectation) = (row[0], row[6])
            let problems = schema.validate(fileAt: folder.appending(path: file))
            if expectation == "valid" {
                #expect(problems.isEmpty, "\(area)/\(file) should validate:\n\(problems.joined(separator: "\n"))")
            } else {
                #expect(expectation.hasPrefix("fails: "), "\(area)/\(file): unknown expectation '\(expectation)'")
                #expect(!problems.isEmpty, "\(area)/\(file) is listed as broken (\(expectation)) but validates")
            }
        }
    }

    // MARK: - Helpers

    static func compile(_ url: URL) throws -> XMLSchema {
        do {
            return try XMLSchema(contentsOf: url)
        } catch {
            let messages = error.problems.map { "\($0.path):\($0.line.map(String.init) ?? "?"): \($0.message)" }
            Issue.record("\(url.lastPathComponent) does not compile:\n\(messages.joined(separator: "\n"))")
            throw error
        }
    }

    /// wadl.xsd imports the xml: namespace schema from w3.org; tests never touch the network, so validate against a
    /// copy whose import points at the local copy in the corpus.
    static func offlineWADLSchema() throws -> URL {
        let text = try String(contentsOf: wadlSchema, encoding: .utf8)
            .replacingOccurrences(of: "schemaLocation=\"http://www.w3.org/2001/xml.xsd\"",
                                  with: "schemaLocation=\"\(xmlNamespaceSchema.absoluteString)\"")
        let folder = FileManager.default.temporaryDirectory.appending(path: "cupi-description-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appending(path: "wadl.xsd")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        return copy
    }

    /// Rows of a tab-separated file with a header line; every row has as many fields as the header.
    static func table(_ url: URL) throws -> [[String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first else { return [] }
        let width = header.split(separator: "\t", omittingEmptySubsequences: false).count
        return lines.dropFirst().map { line in
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while fields.count < width { fields.append("") }
            return fields
        }
    }
}
