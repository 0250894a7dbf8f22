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

/// The types one file of a spread part holds, in the module's order; the first file of a part
/// also holds its shared declarations.
struct FileSlice {
    var isFirst: Bool
    var records: [RecordDecl] = []
    var choices: [ChoiceDecl] = []
    var enumerations: [EnumerationDecl] = []
    var simpleTypes: [SimpleDecl] = []

    /// All of `module`'s types, for a part in one file.
    init(whole module: GeneratedModule) {
        isFirst = true
        records = module.records
        choices = module.choices
        enumerations = module.enumerations
        simpleTypes = module.simpleTypes
    }

    private init(isFirst: Bool) { self.isFirst = isFirst }

    /// `module`'s types dealt into `count` files by `ModelFiles.index(of:count:)`, each name
    /// hashed once.
    static func slices(of module: GeneratedModule, count: Int) -> [FileSlice] {
        guard count > 1 else { return [FileSlice(whole: module)] }
        var slices = (0..<count).map { FileSlice(isFirst: $0 == 0) }
        for record in module.records { slices[ModelFiles.index(of: record.name, count: count)].records.append(record) }
        for choice in module.choices { slices[ModelFiles.index(of: choice.name, count: count)].choices.append(choice) }
        for enumeration in module.enumerations {
            slices[ModelFiles.index(of: enumeration.name, count: count)].enumerations.append(enumeration)
        }
        for simple in module.simpleTypes { slices[ModelFiles.index(of: simple.name, count: count)].simpleTypes.append(simple) }
        return slices
    }
}
