// One file for two targets: Plugins/CUPIGeneratorPlugin/GeneratedFileNames.swift is a symbolic
// link to it. The build plugin must declare the files the tool will write before it runs, and a
// plugin can import no library, so it compiles this file itself.

/// The parts written per type, and so spread over `modelFiles` files when there are several.
let spreadFileStems = ["Models", "XMLCoding", "JSONCoding", "Validation"]

/// Every file `cupi-gen generate` writes, in order, with each part of `spreadFileStems` over
/// `modelFiles` files: `Models.swift` for one, else `Models1.swift` … `Models<n>.swift`,
/// zero-padded so that they sort in order (`Models01.swift` … `Models12.swift`).
func generatedFileNames(modelFiles: Int) -> [String] {
    func spread(_ stem: String) -> [String] {
        guard modelFiles > 1 else { return [stem + ".swift"] }
        return (1...modelFiles).map { index in
            let digits = String(index)
            return stem + String(repeating: "0", count: String(modelFiles).count - digits.count) + digits + ".swift"
        }
    }
    return spread("Models") + ["SimpleTypes.swift"] + spread("XMLCoding") + spread("JSONCoding") + spread("Validation")
        + ["Endpoints.swift", "Description.swift"]
}
