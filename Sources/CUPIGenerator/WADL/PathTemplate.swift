import LibXML

/// WADL resource paths: `{name}` and `{name: regex}` templates joined into full paths.
enum PathTemplate {
    /// `path` with every `{name: regex}` reduced to `{name}`, and the template names in order.
    /// A regex may contain braces of its own (`{id: [0-9]{3}}`), so braces are counted.
    static func parse(_ path: String) -> (path: String, names: [String]) {
        var output = ""
        var names: [String] = []
        var index = path.startIndex
        while index < path.endIndex {
            let character = path[index]
            guard character == "{" else {
                output.append(character)
                index = path.index(after: index)
                continue
            }
            var depth = 0
            var name = ""
            var inRegex = false
            while index < path.endIndex {
                let c = path[index]
                index = path.index(after: index)
                if c == "{" { depth += 1; if depth == 1 { continue } }
                if c == "}" { depth -= 1; if depth == 0 { break } }
                if depth == 1, c == ":" { inRegex = true; continue }
                if !inRegex { name.append(c) }
            }
            let trimmed = name.trimmingXMLWhitespace()
            names.append(trimmed)
            output += "{\(trimmed)}"
        }
        return (output, names)
    }

    /// `parent` and `child` joined with exactly one `/`, without leading or trailing slashes.
    static func join(_ parent: String, _ child: String) -> String {
        let segments = (parent.split(separator: "/") + child.split(separator: "/")).map(String.init)
        return segments.joined(separator: "/")
    }
}
