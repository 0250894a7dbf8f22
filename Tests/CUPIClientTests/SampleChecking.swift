import Foundation

/// Finds the Swift samples of Markdown documents and the lines of them that no compiled file holds.
///
/// A sample is a fenced block marked `swift`. Blank lines and imports are not compared; a block whose
/// first line is `// Package.swift` is a manifest fragment, which SwiftPM compiles, not this target
/// (`Tests/PluginIntegration/run.sh` builds `Examples/PluginDemo`'s manifest).
enum SampleChecking {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every sample's comparable lines, trimmed, in order.
    static func sampleLines(in markdown: String) -> [String] {
        var lines: [String] = []
        var inSample = false
        var blockStart = false
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if !inSample {
                if line == "```swift" { inSample = true; blockStart = true }
                continue
            }
            if line.hasPrefix("```") { inSample = false; continue }
            if blockStart && line == "// Package.swift" { inSample = false; continue }
            blockStart = false
            guard !line.isEmpty, !line.hasPrefix("import ") else { continue }
            lines.append(line)
        }
        return lines
    }

    /// The trimmed lines of compiled Swift files.
    static func compiledLines(_ files: [String]) throws -> Set<String> {
        var lines = Set<String>()
        for file in files {
            let text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
            for line in text.split(separator: "\n") { lines.insert(line.trimmingCharacters(in: .whitespaces)) }
        }
        return lines
    }
}
