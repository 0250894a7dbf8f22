/// How the models, and their XML coding, JSON coding and validation, are spread over several
/// files each (`modelFiles` in the config).
///
/// Why spread them: in a debug build, LLVM's time on one file grows with the square of the
/// types it defines (each function walks the type descriptors it reaches, and a model's
/// descriptors reach its neighbours'). The 831 models of a 200-type synthetic schema cost 416 s
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

    /// Above this many models in one file, `generate` advises a larger `modelFiles`: a debug
    /// build of such a file takes minutes where a hundred per file take seconds.
    static let advisedMaximumPerFile = 300

    /// The advice for `models` structs and enums spread over `files` files, or nil when each
    /// file holds few enough.
    static func advice(models: Int, files: Int) -> String? {
        guard models > advisedMaximumPerFile * files else { return nil }
        let suggested = min(maximum, (models + 99) / 100)
        return "\(models) models in \(files == 1 ? "one file" : "\(files) files") make a slow debug build "
            + "(its time grows with the square of the models per file): set modelFiles to \(suggested) in the "
            + "config, or pass --model-files \(suggested), for about 100 per file"
    }

    /// Whether a file in the output folder is named as one of the spread files of some count
    /// (`Models.swift`, `XMLCoding07.swift`, …).
    static func isSpreadFileName(_ name: String) -> Bool {
        guard name.hasSuffix(".swift"), let stem = spreadFileStems.first(where: name.hasPrefix) else { return false }
        let middle = name.dropFirst(stem.count).dropLast(".swift".count)
        return middle.allSatisfy(\.isASCII) && middle.allSatisfy(\.isNumber)
    }
}
