import CUPIGenerator
import Foundation

/// The entry point of the `frontend` fuzz target (Fuzz/frontend.swift is compiled with this
/// file), so `swift test` replays regression inputs through exactly the fuzzed code.
/// No `import Testing` here: the fuzz build compiles this file outside the test target.
enum FrontendFuzzEntry {
    /// Separates the files of one input: the first part is the entry file, the next ones `a.xsd`
    /// and `b.xsd` beside it, so includes, imports and their cycles are fuzzed too.
    static let separator = Array("\n<!--FUZZ-NEXT-FILE-->\n".utf8)
    static let otherFiles = ["a.xsd", "b.xsd"]

    /// Writes `bytes` as the files of an input into `directory` (which must exist and is the
    /// caller's alone), loads the entry with `Frontend.load` and, when that gives a model, runs
    /// the back end (`CodeGenerator.generate`) on it. Returns the generated files' contents, or
    /// nil when the front end reported errors; `diagnostics` sees what the front end reported.
    static func run(_ bytes: [UInt8], in directory: String, diagnostics: ([Diagnostic]) -> Void = { _ in }) -> [String]? {
        let parts = split(bytes)
        let entry = directory + "/entry.wadl"
        store(parts[0], at: entry)
        for (index, name) in otherFiles.enumerated() {
            let path = directory + "/" + name
            if index + 1 < parts.count { store(parts[index + 1], at: path) } else { unlink(path) }
        }
        let result = Frontend.load(entry)
        diagnostics(result.diagnostics)
        guard let model = result.model else { return nil }
        let generated = CodeGenerator.generate(model, options: GeneratorOptions(), source: "entry.wadl")
        return generated.files.map(\.contents)
    }

    /// Writes `bytes` to `path` with plain POSIX calls: Foundation's `createFile` writes
    /// atomically with an fsync, which took a quarter of every execution.
    private static func store(_ bytes: [UInt8], at path: String) {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard file >= 0 else { fatalError("cannot write \(path)") }
        defer { close(file) }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(file, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { fatalError("cannot write \(path)") }
                offset += written
            }
        }
    }

    /// `bytes` cut at each separator, at most `otherFiles.count + 1` parts. The search is libc's
    /// `memchr` for the separator's first byte and `memcmp` for the rest, not a Swift loop over
    /// every byte: the fuzz build would trace each comparison.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        bytes.withUnsafeBytes { buffer in
            separator.withUnsafeBytes { needle in
                guard let base = buffer.baseAddress else { return }
                var from = start
                while parts.count < otherFiles.count, buffer.count - from >= needle.count,
                      let found = memchr(base + from, CInt(needle[0]), buffer.count - from - needle.count + 1) {
                    let at = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 {
                        parts.append(Array(bytes[start..<at]))
                        start = at + needle.count
                        from = start
                    } else {
                        from = at + 1
                    }
                }
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
