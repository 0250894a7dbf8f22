import Foundation
import LibXML

/// The front end: a WADL (with the schemas it reaches) or a bare XSD in, one resolved
/// `APIModel` out. Load, parse and resolve happen here; nothing is printed.
public enum Frontend {
    public struct Result: Sendable {
        /// The model, or nil when the input has errors.
        public var model: APIModel?
        /// Every problem found, sorted by place.
        public var diagnostics: [Diagnostic]
        /// The input's folder as the user named it: diagnostics' files are relative to it.
        public var root: String

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads the input at `path`: a WADL or XSD file, or a folder holding `application.wadl`
    /// (or exactly one `.wadl` file).
    public static func load(_ path: String, options: FrontendOptions = FrontendOptions()) -> Result {
        let entry: String
        switch entryFile(path) {
        case .success(let found): entry = found
        case .failure(let diagnostic): return Result(model: nil, diagnostics: [diagnostic], root: FilePath.directory(of: path))
        }
        let root = FilePath.directory(of: entry)
        let entryName = FilePath.fileName(of: entry)
        var options = options
        options.schemaMap = options.schemaMap.mapValues { URL(fileURLWithPath: $0).standardizedFileURL.path }
        options.allowedOutside += options.schemaMap.values.map { FilePath.directory(of: $0) }
        let files = InputFiles(root: root, options: options)
        var model = APIModel()
        var entryRead = false
        if let document = files.document(entryName), let top = document.root {
            var schemas = SchemaCollector(files: files, schemaMap: options.schemaMap)
            if WADLReader.namespaces.contains(top.namespaceURI ?? ""), top.localName == "application" {
                entryRead = true
                let wadl = WADLReader(files: files).read(application: top, file: entryName)
                model.baseURL = wadl.baseURL
                model.resources = wadl.resources
                model.operations = wadl.operations
                model.documentation = wadl.documentation
                for (file, location) in wadl.grammarFiles { schemas.addFile(file, at: location) }
                for (element, file) in wadl.inlineSchemas { schemas.addInline(element, file: file) }
            } else if top.namespaceURI == QName.xsdNamespace, top.localName == "schema" {
                entryRead = true
                schemas.addFile(entryName, at: nil)
            } else {
                files.report(.error("not a WADL application or an XML Schema: the root element is '\(top.localName)' in namespace '\(top.namespaceURI ?? "")'", at: SourceLocation(file: entryName, line: top.line)))
            }
            schemas.finish()
            let components = XSDReader.read(schemas.schemas, slices: options.xsdSlices)
            model.types = components.types
            model.elements = components.elements
            components.diagnostics.forEach(files.report)
            ReferenceCheck.run(on: &model).forEach(files.report)
        }
        model.sourceFiles = files.loadedFiles
        var diagnostics = Array(Set(files.diagnostics)).sorted()
        if options.lenient, entryRead {
            diagnostics = diagnostics.map { Diagnostic(.warning, $0.message, at: $0.location) }
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(model: failed ? nil : model, diagnostics: diagnostics, root: root)
    }

    /// The entry file for `path`, or why there is none.
    private static func entryFile(_ path: String) -> Swift.Result<String, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error("no such file or folder: \(path)", at: nil))
        }
        guard isDirectory.boolValue else { return .success(path) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if names.contains("application.wadl") { return .success(FilePath.join(path, "application.wadl")) }
        let wadls = names.filter { $0.hasSuffix(".wadl") }.sorted()
        guard wadls.count == 1 else {
            return .failure(.error("folder \(path) holds \(wadls.isEmpty ? "no" : "several") .wadl files and no application.wadl; name the file", at: nil))
        }
        return .success(FilePath.join(path, wadls[0]))
    }
}

extension Diagnostic: Error {}
