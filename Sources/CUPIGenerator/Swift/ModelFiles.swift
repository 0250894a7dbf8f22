/// How the models are spread over several files (`modelFiles` in the config).
///
/// Why spread them: in a debug build, LLVM's time on one file grows with the square of the
/// types it defines (each function walks the type descriptors it reaches, and a model's
/// descriptors reach its neighbours'). The 1,155 models of a 200-type synthetic schema cost 416 s
/// of CPU in one file, 95 s in eight.
///
/// Which file a type goes to depends on its name alone (a fixed hash), not on its neighbours:
/// a schema change that adds or removes types leaves every other type where it was, so the
/// checked-in code's diff shows only what changed.
enum ModelFiles {
    /// The largest `modelFiles` accepted: the names stay short and a build keeps its file count sane.
    static let maximum = 999

    /// The index, from 0, of the file among `count` that holds the type named `name`.
    static func index(of name: String, count: Int) -> Int {
        guard count > 1 else { return 0 }
        // FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// Whether a file in the output folder is named as one of the models files of some count.
    static func isModelsFileName(_ name: String) -> Bool {
        guard name.hasPrefix("Models"), name.hasSuffix(".swift") else { return false }
        let middle = name.dropFirst("Models".count).dropLast(".swift".count)
        return middle.allSatisfy(\.isASCII) && middle.allSatisfy(\.isNumber)
    }
}
