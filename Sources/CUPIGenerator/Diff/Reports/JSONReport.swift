import Foundation

/// The machine-readable report. Its schema is documented in `docs/diff-json.md`; `version`
/// changes only when a field is removed or changes meaning (added fields keep it).
struct JSONReport {
    static let version = 1

    let report: DiffReport

    func render() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            version: Self.version, old: report.oldName, new: report.newName,
            summary: Summary(breaking: report.changes.count(.breaking), warning: report.changes.count(.warning),
                             info: report.changes.count(.info), ignored: report.ignoredCount),
            changes: report.changes.map { change in
                Entry(rule: change.rule, level: change.level.rawValue, direction: change.direction.rawValue,
                      path: change.path, message: change.message, symbol: change.symbol,
                      old: change.old.map(Place.init), new: change.new.map(Place.init))
            })
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var version: Int
        var old: String
        var new: String
        var summary: Summary
        var changes: [Entry]
    }

    private struct Summary: Encodable {
        var breaking: Int
        var warning: Int
        var info: Int
        var ignored: Int
    }

    // Absent values are written as null, so every entry has every key.
    private struct Entry: Encodable {
        var rule: String
        var level: String
        var direction: String
        var path: String
        var message: String
        var symbol: String?
        var old: Place?
        var new: Place?

        enum CodingKeys: String, CodingKey { case rule, level, direction, path, message, symbol, old, new }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(level, forKey: .level)
            try container.encode(direction, forKey: .direction)
            try container.encode(path, forKey: .path)
            try container.encode(message, forKey: .message)
            try container.encode(symbol, forKey: .symbol)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
        }
    }

    private struct Place: Encodable {
        var file: String
        var line: Int

        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
        }
    }
}
