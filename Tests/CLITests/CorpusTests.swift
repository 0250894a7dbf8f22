import Foundation
import Testing

/// Every entry of the shared real-world corpus goes through `cupi-gen dump` without a crash or a
/// hang, and either yields a model or explains every error with a file and a line.
@Suite("Real-world corpus")
struct CorpusTests {
    struct Entry {
        var path: String
        var wellFormed: Bool
    }

    static func entries() -> [Entry] {
        guard let shared = CommandRunner.shared,
              let manifest = try? String(contentsOfFile: shared + "/corpus/MANIFEST.tsv", encoding: .utf8) else { return [] }
        let rows = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        return rows.filter { $0.count > 9 && $0[9].hasPrefix("entry") && ($0[5] == "wadl" || $0[5] == "xsd") }
            .map { Entry(path: shared + "/corpus/" + $0[0], wellFormed: $0[8] == "ok") }
    }

    @Test(.enabled(if: CommandRunner.shared != nil, "../shared is absent: the corpus test is skipped"))
    func everyEntryIsProcessedWithinTenSeconds() throws {
        let entries = Self.entries()
        #expect(entries.count > 30)
        let located = try Regex(#"^.+:\d+(:\d+)?: (error|warning): .+$"#)
        var models = 0, warnings = 0, errors = 0, failedFiles = 0
        var table = ["| file | result | warnings | errors |", "|---|---|---:|---:|"]
        for entry in entries {
            let outcome = try CommandRunner.run(["dump", entry.path], timeout: 10)
            #expect(!outcome.timedOut, "\(entry.path) took more than 10 s")
            #expect(!outcome.crashed, "\(entry.path) crashed: \(outcome.standardError.suffix(500))")
            #expect(outcome.status == 0 || outcome.status == 1, "\(entry.path) exited \(outcome.status)")
            let lines = outcome.standardError.split(separator: "\n")
            let entryErrors = lines.filter { $0.contains(": error: ") }.count
            let entryWarnings = lines.filter { $0.contains(": warning: ") }.count
            if entry.wellFormed {
                for line in lines {
                    #expect(line.wholeMatch(of: located) != nil, "\(entry.path): diagnostic without file and line: \(line)")
                }
            }
            if outcome.status == 0 { models += 1 } else { failedFiles += 1 }
            warnings += entryWarnings
            errors += entryErrors
            let name = entry.path.components(separatedBy: "/corpus/").last ?? entry.path
            table.append("| \(name) | \(outcome.status == 0 ? "model" : "errors") | \(entryWarnings) | \(entryErrors) |")
        }
        table.append("| **\(entries.count) files** | **\(models) models** | **\(warnings)** | **\(errors)** |")
        print(table.joined(separator: "\n"))
        print("corpus: \(entries.count) files, \(models) models built, \(failedFiles) with errors, \(warnings) warnings, \(errors) errors")
    }
}
