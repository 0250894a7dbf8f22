import ArgumentParser
import CUPIGenerator
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift models, validators and XML/JSON coding from a description.",
        discussion: """
            Writes a fixed set of files (\(CodeGenerator.fileNames(modelFiles: 1).joined(separator: ", "))) into \
            the output folder, each only when its bytes change, atomically. With --model-files N the models \
            go to Models1.swift … ModelsN.swift instead (numbers zero-padded), and their XML coding, JSON \
            coding and validation likewise to XMLCoding1.swift …, JSONCoding1.swift … and Validation1.swift …; \
            such a file that an earlier run wrote under another count is removed. Other files there are \
            never touched. On errors nothing is written and the exit status is 1. Options given on the \
            command line win over the config file.

            A filter keeps only some operations and the types they reach, for a client that needs \
            part of a large API; a users-only client: \
            `cupi-gen generate --path users --path usertemplates -o Sources/UsersClient`. The filter's \
            --operation, --path, --resource and --type add to the config's "filter".
            """)

    @Argument(help: "A WADL or XSD file, or a folder holding application.wadl (default: the config's input, else Inputs/cupi/application.wadl).")
    var input: String?

    @Option(name: .shortAndLong, help: "The folder to write into (default: the config's output, else Generated/CUPIClient).")
    var output: String?

    @Option(help: "A JSON config file (default: cupi-gen.json in the working directory, when there is one; keys: input, output, accessModifier, generate, clientName, modelFiles, nameOverrides, filter, conformances, schemaMap, allowOutside, embedDescription).")
    var config: String?

    @Option(help: "public, package or internal (default: public).")
    var accessModifier: GeneratorOptions.AccessModifier?

    @Option(name: .customLong("generate"), parsing: .upToNextOption,
            help: "The parts to generate besides the models: validators, xml, json, endpoints (default: all).")
    var parts: [String] = []

    @Option(help: "The name of the struct that holds the endpoints (default: CUPI).")
    var clientName: String?

    @Option(help: ArgumentHelp("How many files to spread the models over, and their coding and validation, 1 to \(GeneratorOptions.modelFilesRange.upperBound) (default: 1). A debug build of one file's models grows with the square of their number: about 100 types per file builds fastest.", valueName: "n"))
    var modelFiles: Int?

    /// Passed by the build plugin: the models files it declared as outputs, from the config as
    /// it read it when SwiftPM last planned the build.
    @Option(help: .hidden)
    var declaredModelFiles: Int?

    @Option(name: .customLong("name-override"), help: ArgumentHelp("A Swift name for a schema name (repeatable).", valueName: "SCHEMA=SWIFT"))
    var nameOverrides: [String] = []

    @Option(name: .customLong("operation"), help: ArgumentHelp("Keep the operation with this WADL id (repeatable; a filter).", valueName: "ID"))
    var filterOperations: [String] = []

    @Option(name: .customLong("path"), help: ArgumentHelp("Keep the operations at or below this path (repeatable; a filter), e.g. users.", valueName: "PREFIX"))
    var filterPaths: [String] = []

    @Option(name: .customLong("resource"), help: ArgumentHelp("Keep the operations of exactly this resource path (repeatable; a filter).", valueName: "PATH"))
    var filterResources: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp("Keep this type besides those the operations reach (repeatable; a filter).", valueName: "NAME"))
    var filterTypes: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The models' derived conformances: Codable, Hashable, both (the default) or none; Sendable and Equatable always. Leaving them out builds faster.", valueName: "NAME"))
    var conformances: [String] = []

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let started = Date()
        var settings = GeneratorConfig()
        // Without --config, a cupi-gen.json in the working directory is the config (this package's
        // names Inputs/cupi and Generated/CUPIClient).
        let config = config ?? (FileManager.default.fileExists(atPath: "cupi-gen.json") ? "cupi-gen.json" : nil)
        if let config {
            do { settings = try GeneratorConfig.load(config) } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.formatted(root: FilePath.directory(of: config))) }
                throw ExitCode(1)
            }
        }
        let inputPath = input ?? settings.input ?? "Inputs/cupi/application.wadl"
        let outputPath = output ?? settings.output ?? "Generated/CUPIClient"
        var options = GeneratorOptions(accessModifier: accessModifier ?? settings.accessModifier ?? .public,
                                       parts: settings.parts ?? Set(GeneratorOptions.Part.allCases),
                                       nameOverrides: settings.nameOverrides,
                                       clientName: clientName ?? settings.clientName ?? "CUPI",
                                       modelFiles: modelFiles ?? settings.modelFiles ?? 1,
                                       embedDescription: settings.embedDescription ?? false,
                                       conformances: settings.conformances ?? Set(GeneratorOptions.Conformance.allCases))
        if !conformances.isEmpty {
            options.conformances = []
            for name in conformances.flatMap({ $0.split(separator: ",") }).map(String.init) where name != "none" {
                guard let conformance = GeneratorOptions.Conformance(rawValue: name) else {
                    throw ValidationError("--conformances: unknown '\(name)'; choose from Codable, Hashable or none")
                }
                options.conformances.insert(conformance)
            }
        }
        guard GeneratorOptions.isValidClientName(options.clientName) else {
            throw ValidationError("--client-name must be a Swift type name such as CUPI, got '\(options.clientName)'")
        }
        guard GeneratorOptions.modelFilesRange.contains(options.modelFiles) else {
            throw ValidationError("--model-files must be from 1 to \(GeneratorOptions.modelFilesRange.upperBound), got \(options.modelFiles)")
        }
        if let declaredModelFiles, declaredModelFiles != options.modelFiles, let config {
            // SwiftPM re-runs a build plugin only when the package's structure changes, so after an
            // edit of modelFiles the plan still declares the old files: say how to re-plan.
            let location = settings.modelFilesLocation ?? SourceLocation(file: FilePath.fileName(of: config), line: 1)
            let message = "modelFiles is \(options.modelFiles) but this build was planned with \(declaredModelFiles) models file\(declaredModelFiles == 1 ? "" : "s"): SwiftPM plans again only when the package changes; touch Package.swift and build again"
            printError(Diagnostic.error(message, at: location).formatted(root: FilePath.directory(of: config)))
            throw ExitCode(1)
        }
        if !parts.isEmpty {
            options.parts = []
            for name in parts.flatMap({ $0.split(separator: ",") }).map(String.init) where name != "models" {
                guard let part = GeneratorOptions.Part(rawValue: name) else {
                    throw ValidationError("--generate: unknown part '\(name)'; known parts: models, \(GeneratorOptions.Part.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                options.parts.insert(part)
            }
        }
        for entry in nameOverrides {
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else {
                throw ValidationError("--name-override expects SCHEMA=SWIFT, got '\(entry)'")
            }
            options.nameOverrides[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        var frontendOptions = try inputOptions.frontendOptions()
        frontendOptions.schemaMap.merge(settings.schemaMap) { commandLine, _ in commandLine }
        frontendOptions.allowedOutside += settings.allowOutside

        let result = Frontend.load(inputPath, options: frontendOptions)
        for diagnostic in result.diagnostics { printError(diagnostic.formatted(root: result.root)) }
        guard let loaded = result.model else { throw ExitCode(1) }
        var filter = settings.filter ?? GenerationFilter()
        filter.operations += filterOperations.map { GenerationFilter.Name($0) }
        filter.paths += filterPaths.map { GenerationFilter.Name($0) }
        filter.resources += filterResources.map { GenerationFilter.Name($0) }
        filter.types += filterTypes.map { GenerationFilter.Name($0) }
        let (model, filterDiagnostics) = filter.apply(to: loaded)
        for diagnostic in filterDiagnostics { printError(diagnostic.formatted(root: config.map(FilePath.directory(of:)) ?? result.root)) }
        guard filterDiagnostics.isEmpty else { throw ExitCode(1) }
        var description: [DescriptionFile] = []
        if options.embedDescription {
            for file in model.sourceFiles {
                guard let text = try? String(contentsOfFile: FilePath.join(result.root, file), encoding: .utf8) else {
                    printError("cupi-gen: error: cannot read \(FilePath.join(result.root, file)) as UTF-8 text to embed it")
                    throw ExitCode(1)
                }
                description.append(DescriptionFile(path: file, text: text))
            }
        }
        let generated = CodeGenerator.generate(model, options: options, source: FilePath.fileName(of: inputPath), description: description)
        for diagnostic in generated.diagnostics { printError(diagnostic.formatted(root: result.root)) }
        let report: OutputWriter.Report
        do { report = try OutputWriter.write(generated.files, to: outputPath, removingStale: CodeGenerator.isSpreadFileName) } catch {
            printError("cupi-gen: error: \(error)")
            throw ExitCode(1)
        }
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        print("\(generated.typeCount) types, \(model.operations.count) operations → \(outputPath): \(report.written.count) files written, \(report.unchanged.count) unchanged\(report.removed.isEmpty ? "" : ", \(report.removed.count) stale removed"), in \(milliseconds) ms")
    }
}

extension GeneratorOptions.AccessModifier: ExpressibleByArgument {}
