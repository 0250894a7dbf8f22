import Foundation
import LibXML

/// The files of one input: loads each document once, and decides which references may be
/// followed. Every path it hands out is relative to the input's folder (`root`).
///
/// A reference is refused when it names a URL (there is no network access), or a file outside
/// the input's folder tree (after symbolic links are resolved) unless the user allowed that place.
final class InputFiles {
    /// The input's folder as the user named it, for diagnostics.
    let root: String
    private let rootURL: URL
    private let allowed: [String]
    private let lenient: Bool
    private var documents: [String: XMLDocument] = [:]
    private var failed: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    init(root: String, options: FrontendOptions) {
        self.root = root
        self.rootURL = URL(fileURLWithPath: root).standardizedFileURL
        self.allowed = options.allowedOutside.map { InputFiles.realPath(URL(fileURLWithPath: $0).standardizedFileURL.path) }
        self.lenient = options.lenient
    }

    /// Every file loaded so far, relative to the root, sorted.
    var loadedFiles: [String] { documents.keys.sorted() }

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The parsed document at `file` (relative to the root), loaded on first use; nil when it
    /// cannot be read or parsed (the reason is in `diagnostics`).
    func document(_ file: String) -> XMLDocument? {
        if let document = documents[file] { return document }
        if failed.contains(file) { return nil }
        do {
            let document = try XMLDocument.load(contentsOf: url(of: file), path: file, skippingUndeclaredEntities: lenient)
            documents[file] = document
            report(document.warnings, in: file)
            return document
        } catch {
            failed.insert(file)
            report(error.problems, in: file)
            return nil
        }
    }

    private func report(_ problems: [XMLProblem], in file: String) {
        for problem in problems {
            diagnostics.append(Diagnostic(
                problem.severity == .error ? .error : .warning, problem.message,
                at: SourceLocation(file: file, line: problem.line ?? 1, column: problem.column)))
        }
    }

    /// The file a reference names, relative to the root, or nil (with a diagnostic at `location`)
    /// when it may not be followed or does not exist. A fragment (`#id`) is not part of the result.
    func resolve(_ reference: String, from file: String, at location: SourceLocation, what: String) -> String? {
        var target = reference.trimmingXMLWhitespace()
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        if let scheme = InputFiles.scheme(of: target) {
            guard scheme == "file" else {
                report(.error("remote \(what) '\(reference)' refused: cupi-gen does not access the network; download it and refer to the local copy", at: location))
                return nil
            }
            target = URL(string: target)?.path ?? String(target.dropFirst(5))
        }
        target = target.removingPercentEncoding ?? target
        guard !target.isEmpty else { return file }
        var candidate = relativePath(FilePath.join(FilePath.directory(of: file), target))
        if !exists(candidate), let beside = besideContainingFile(candidate) { candidate = beside }
        let real = InputFiles.realPath(url(of: candidate).path)
        let realRoot = InputFiles.realPath(rootURL.path)
        let inside = real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
        guard inside || allowed.contains(where: { real == $0 || real.hasPrefix($0 + "/") }) else {
            report(.error("\(what) '\(reference)' points outside the input folder '\(root)'; allow that place with --allow-outside PATH", at: location))
            return nil
        }
        guard exists(candidate) else {
            report(.error("missing \(what) '\(reference)' (looked for \(FilePath.join(root, candidate)))", at: location))
            return nil
        }
        return candidate
    }

    /// The root-relative form of `path`, which is relative to the root already or absolute.
    func relativePath(_ path: String) -> String {
        guard path.hasPrefix("/") else { return FilePath.normalize(path) }
        let rootParts = rootURL.path.split(separator: "/")
        let parts = FilePath.normalize(path).split(separator: "/")
        let common = zip(rootParts, parts).prefix { $0 == $1 }.count
        let ups = Array(repeating: "..", count: rootParts.count - common)
        return FilePath.normalize((ups + parts[common...].map(String.init)).joined(separator: "/"))
    }

    func url(of file: String) -> URL {
        file.hasPrefix("/") ? URL(fileURLWithPath: file) : rootURL.appendingPathComponent(file).standardizedFileURL
    }

    private func exists(_ file: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(of: file).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Jersey's WADL names its schemas `application.wadl/xsd0.xsd`: a path "inside" the WADL
    /// file. Such a reference means the schema beside that file.
    private func besideContainingFile(_ file: String) -> String? {
        var parts = file.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        for index in stride(from: parts.count - 2, through: 0, by: -1) {
            let prefix = parts[...index].joined(separator: "/")
            if exists(prefix) {
                parts.remove(at: index)
                return FilePath.normalize(parts.joined(separator: "/"))
            }
        }
        return nil
    }

    static func scheme(of reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let scheme = reference[..<colon]
        // A one-letter "scheme" is a Windows drive letter, not a URL.
        guard scheme.count > 1, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return nil }
        return scheme.lowercased()
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return FilePath.normalize(path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
