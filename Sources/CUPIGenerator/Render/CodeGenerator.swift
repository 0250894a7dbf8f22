/// The back end: an `APIModel` in, the generated Swift files out. The file names depend on the
/// options alone (`fileNames(modelFiles:)`), so that a build plugin can declare them before it
/// runs; a part left out still gets its file, holding only the header.
public enum CodeGenerator {
    /// Every file `generate` writes, in order, with the models, their coding and their validation
    /// spread over `modelFiles` files each.
    public static func fileNames(modelFiles: Int) -> [String] { generatedFileNames(modelFiles: modelFiles) }

    /// Whether `name` is a file `generate` writes per type for some `modelFiles` (`Models3.swift`,
    /// `XMLCoding.swift`, …): one that another count left behind is stale, since its types now
    /// live in other files.
    public static func isSpreadFileName(_ name: String) -> Bool { ModelFiles.isSpreadFileName(name) }

    public struct Output: Sendable {
        public var files: [GeneratedFile]
        public var diagnostics: [Diagnostic]
        public var typeCount: Int
    }

    /// The stage's entry point. `source` names the input in each file's header; `description`
    /// holds the input's files when `options.embedDescription` asks for them.
    public static func generate(_ model: APIModel, options: GeneratorOptions, source: String,
                                description: [DescriptionFile] = []) -> Output {
        let (module, translationDiagnostics) = Translator.translate(model, options: options)
        var diagnostics = translationDiagnostics
        if options.parts.contains(.endpoints), !options.parts.isSuperset(of: [.validators, .xml, .json]) {
            diagnostics.append(.warning("endpoints are left out: they need the validators, xml and json parts too", at: nil))
        }
        let modelFiles = max(1, options.modelFiles)
        if let advice = ModelFiles.advice(models: module.records.count + module.choices.count, files: modelFiles) {
            diagnostics.append(.warning(advice, at: nil))
        }
        // Each file is rendered on its own: they only read `module`, and with thousands of
        // types rendering is a third of a run, which two cores halve.
        var jobs: [FileJob] = []
        func file(_ name: String, imports: [String] = ["@_spi(Generated) CUPIRuntime", "Foundation"], _ render: @escaping @Sendable (inout CodeWriter) -> Void) {
            jobs.append(FileJob(name: name, imports: imports, render: render))
        }
        let names = fileNames(modelFiles: modelFiles)
        let slices = FileSlice.slices(of: module, count: modelFiles)
        let parts = options.parts
        // A part written per type: a file per slice, named as `fileNames` lists them.
        func spread(_ stem: String, _ part: GeneratorOptions.Part?, _ render: @escaping @Sendable (FileSlice, inout CodeWriter) -> Void) {
            let included = part.map(parts.contains) ?? true
            for (name, slice) in zip(names.filter { $0.hasPrefix(stem) }, slices) {
                // Foundation: a model may hold a Decimal, which the coding files name.
                file(name, imports: included ? ["@_spi(Generated) CUPIRuntime", "Foundation"] : []) { if included { render(slice, &$0) } }
            }
        }
        spread("Models", nil) { ModelsRenderer(module: module, slice: $0).render(into: &$1) }
        file("SimpleTypes.swift") { SimpleTypesRenderer(module: module).render(into: &$0) }
        let slots = XMLChildSlots(module: module)
        spread("XMLCoding", .xml) { XMLCodingRenderer(module: module, slice: $0, slots: slots).render(into: &$1) }
        spread("JSONCoding", .json) { JSONCodingRenderer(module: module, slice: $0).render(into: &$1) }
        spread("Validation", .validators) { ValidationRenderer(module: module, slice: $0).render(into: &$1) }
        let withEndpoints = parts.isSuperset(of: [.endpoints, .validators, .xml, .json])
        file("Endpoints.swift", imports: withEndpoints ? ["@_spi(Generated) CUPIRuntime", "Foundation"] : []) {
            guard withEndpoints else { return }
            EndpointsRenderer(module: module).render(into: &$0)
            RoutesRenderer(module: module).render(into: &$0)
        }
        let embedsDescription = withEndpoints && options.embedDescription
        if options.embedDescription, !withEndpoints {
            diagnostics.append(.warning("embedDescription is left out: it needs the endpoints", at: nil))
        }
        file("Description.swift", imports: embedsDescription ? ["CUPIRuntime"] : []) {
            if embedsDescription { DescriptionRenderer(module: module, files: description).render(into: &$0) }
        }
        let files = jobs.concurrentMap { job in
            var writer = CodeWriter.header(job.name, source: source, imports: job.imports)
            job.render(&writer)
            return GeneratedFile(name: job.name, contents: writer.text)
        }
        let count = module.records.count + module.choices.count + module.enumerations.count + module.simpleTypes.count
        return Output(files: files, diagnostics: diagnostics, typeCount: count)
    }
}

/// A file to render: its name, its imports and what renders its body.
private struct FileJob: Sendable {
    var name: String
    var imports: [String]
    var render: @Sendable (inout CodeWriter) -> Void
}

/// One generated file: a name from `CodeGenerator.fileNames(modelFiles:)` and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var name: String
    public var contents: String
}
