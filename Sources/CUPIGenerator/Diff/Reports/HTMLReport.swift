/// One self-contained page (inline style, no scripts, nothing fetched), every piece of schema
/// text escaped.
struct HTMLReport {
    let report: DiffReport

    func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Schema diff: \(Self.escape(report.oldName)) → \(Self.escape(report.newName))</title>
            <style>
            body { font: 14px/1.45 -apple-system, system-ui, sans-serif; margin: 2em; color: #1d1d1f; }
            table { border-collapse: collapse; margin: 0.5em 0 2em; }
            th, td { border: 1px solid #d2d2d7; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f5f5f7; }
            code { font: 12px ui-monospace, Menlo, monospace; }
            h2.breaking { color: #c00; } h2.warning { color: #a60; } h2.info { color: #06c; }
            </style>
            </head>
            <body>
            <h1>Schema diff: <code>\(Self.escape(report.oldName))</code> → <code>\(Self.escape(report.newName))</code></h1>
            <p>\(Self.escape(report.headline))</p>

            """
        if report.changes.isEmpty { html += "<p>No changes.</p>\n" }
        for level in Change.Level.allCases {
            let changes = report.changes(level)
            guard !changes.isEmpty else { continue }
            html += "<h2 class=\"\(level.rawValue)\">\(DiffReport.title(level)) (\(changes.count))</h2>\n"
            html += "<table>\n<tr><th>Rule</th><th>Direction</th><th>Change</th><th>Swift symbol</th><th>Old</th><th>New</th></tr>\n"
            for change in changes {
                let cells = [Self.code(change.rule), Self.escape(change.direction.rawValue), Self.escape(change.message),
                             change.symbol.map(Self.code) ?? "", change.old.map { Self.code($0.description) } ?? "",
                             change.new.map { Self.code($0.description) } ?? ""]
                html += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</body>\n</html>\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.properties.generalCategory == .control, scalar != "\n" { result += "&#xFFFD;" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func code(_ text: String) -> String { "<code>\(escape(text))</code>" }
}
