import Foundation
import Testing
@testable import CUPIGenerator

/// `Generated/CUPIClient` is exactly what `swift run cupi-gen generate` (with the
/// package's `cupi-gen.json`) writes for `Inputs/cupi`; run with
/// `CUPIGEN_RECORD=1` to re-record after a deliberate change.
@Suite("Golden output")
struct GoldenTests {
    static let input = Fragment.repositoryRoot + "/Inputs/cupi/application.wadl"
    static let golden = Fragment.repositoryRoot + "/Generated/CUPIClient"
    static let config = Fragment.repositoryRoot + "/cupi-gen.json"

    private func generate() throws -> [GeneratedFile] {
        let config = try GeneratorConfig.load(Self.config)
        let result = Frontend.load(Self.input)
        let model = try #require(result.model, "\(result.diagnostics.map { $0.formatted(root: result.root) })")
        let description = try model.sourceFiles.map { file in
            DescriptionFile(path: file, text: try String(contentsOfFile: result.root + "/" + file, encoding: .utf8))
        }
        let options = GeneratorOptions(embedDescription: config.embedDescription == true)
        let output = CodeGenerator.generate(model, options: options, source: "application.wadl", description: description)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        return output.files
    }

    @Test func generatedFolderMatchesTheBundledDescription() throws {
        let files = try generate()
        if ProcessInfo.processInfo.environment["CUPIGEN_RECORD"] == "1" {
            _ = try OutputWriter.write(files, to: Self.golden)
            return
        }
        for file in files {
            let recorded = try? String(contentsOfFile: Self.golden + "/" + file.name, encoding: .utf8)
            #expect(recorded == file.contents, "Generated/CUPIClient/\(file.name) is stale: run `swift run cupi-gen generate` (or CUPIGEN_RECORD=1 swift test)")
        }
        #expect(files.map(\.name) == CodeGenerator.fileNames(modelFiles: 1))
        // Nothing else: a Swift file the generator would not write (a stale spread file, a hand-made
        // one) would compile into CUPIClient unseen. The DocC catalog is the folder's only other entry.
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.golden).filter { $0 != "CUPIClient.docc" }
        #expect(Set(present) == Set(files.map(\.name)), "Generated/CUPIClient holds files the generator does not write: \(Set(present).subtracting(files.map(\.name)).sorted())")
    }

    @Test func generatingTwiceGivesTheSameBytes() throws {
        #expect(try generate() == generate())
    }
}
