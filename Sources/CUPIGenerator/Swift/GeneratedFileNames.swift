// One file for two targets: Plugins/CUPIGeneratorPlugin/GeneratedFileNames.swift is a symbolic
// link to it. The build plugin must declare the files the tool will write before it runs, and a
// plugin can import no library, so it compiles this file itself.

/// Every file `cupi-gen generate` writes, in order, with the models spread over `modelFiles`
/// files: `Models.swift` for one, else `Models1.swift` … `Models<n>.swift`, zero-padded so that
/// they sort in order (`Models01.swift` … `Models12.swift`).
func generatedFileNames(modelFiles: Int) -> [String] {
    let models = modelFiles <= 1 ? ["Models.swift"] : (1...modelFiles).map { index in
        let digits = String(index)
        return "Models" + String(repeating: "0", count: String(modelFiles).count - digits.count) + digits + ".swift"
    }
    return models + ["SimpleTypes.swift", "XMLCoding.swift", "JSONCoding.swift", "Validation.swift", "Endpoints.swift"]
}
