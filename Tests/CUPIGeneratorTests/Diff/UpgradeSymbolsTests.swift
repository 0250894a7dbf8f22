import Foundation
import Testing
@testable import CUPIGenerator

/// Every Swift symbol the upgrade report names for the current release exists in the generated
/// client: the test writes a Swift file referencing each one, which `CUPIClientTests` compiles in
/// every build. The file must match the report, so a symbol the report invents fails one of the
/// two. (Symbols of removed things name the older client and are left out.)
@Suite("Diff: the report's symbols exist")
struct UpgradeSymbolsTests {
    static let file = "Tests/CUPIClientTests/UpgradeReportSymbols.swift"

    @Test func everyNewSideSymbolIsReferencedByTheCompiledFile() throws {
        let changes = try DiffGoldenTests.report().changes
        let new = try #require(Frontend.load(DiffGoldenTests.root + "/Inputs/cupi").model)
        let (module, _) = Translator.translate(new, options: GeneratorOptions())
        let symbols = Set(changes.filter { $0.new != nil }.compactMap(\.symbol)).sorted()
        #expect(symbols.count >= 10, "the report names too few symbols to prove anything: \(symbols)")
        let records = Set(module.records.map(\.name))
        let client = GeneratorOptions().clientName
        let references = symbols.map { symbol -> String in
            if symbol.hasPrefix(client + ".") { return "_ = cupi." + symbol.dropFirst(client.count + 1) }
            guard let dot = symbol.firstIndex(of: ".") else { return "_ = \(symbol).self" }
            // A record's property is an instance member (a key path); a case is a static one.
            return records.contains(String(symbol[..<dot])) ? "_ = \\\(symbol)" : "_ = \(symbol)"
        }
        let text = """
            // Written by UpgradeSymbolsTests (CUPIGEN_RECORD=1 re-records it): every Swift symbol the
            // upgrade report Inputs/cupi-10.0 → Inputs/cupi names for the current release. This file
            // compiles only if each of them exists in the generated client.
            import CUPIClient

            func upgradeReportSymbols(_ cupi: CUPI) {
            \(references.map { "    " + $0 }.joined(separator: "\n"))
            }

            """
        try DiffGoldenTests.compare(text, withFile: Self.file)
    }
}
