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
