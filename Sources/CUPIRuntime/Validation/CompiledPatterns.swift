import Foundation
import LibXML

/// The `xs:pattern` facets of one simple type, compiled by libxml2 on first use and then shared.
///
/// Compiling lazily keeps the generated `static let` rules cheap to create at startup; the lock
/// makes the first use safe from any thread, and compiled expressions are read-only afterwards.
final class CompiledPatterns: @unchecked Sendable {
    /// One list per derivation step; a value must match one pattern of every step.
    let steps: [[String]]
    private let lock = NSLock()
    private var compiled: [[XMLRegex?]]?

    init(steps: [[String]]) { self.steps = steps }

    /// The rule of every step `value` fails: `pattern P` (alternatives joined with ` | `), or
    /// `pattern (invalid)` when the step's only hope was a pattern libxml2 could not compile.
    func failures(_ value: String) -> [String] {
        guard !steps.isEmpty else { return [] }
        let regexes = lock.withLock {
            if let compiled { return compiled }
            let made = steps.map { $0.map { XMLRegex($0) } }
            compiled = made
            return made
        }
        // libxml2 matches C strings, so a NUL would cut the value short; XML cannot carry NUL
        // anyway, and such a value matches no pattern.
        let hasNUL = value.utf8.contains(0)
        var failures: [String] = []
        for (patterns, step) in zip(steps, regexes) {
            if !hasNUL, step.contains(where: { $0?.matches(value) == true }) { continue }
            failures.append(step.contains { $0 == nil } ? "pattern (invalid)" : "pattern " + patterns.joined(separator: " | "))
        }
        return failures
    }
}
