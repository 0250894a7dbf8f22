/// `Description.swift`: the description's own files as string literals (`CUPI.descriptionFiles`),
/// so that a server built on the client (the mock) can serve and validate against them with no
/// source tree beside it. Schema text only ever appears escaped inside a literal.
struct DescriptionRenderer {
    let module: GeneratedModule
    let files: [DescriptionFile]

    func render(into writer: inout CodeWriter) {
        let file = Qualified.runtime("DescriptionFile")
        writer.line()
        writer.block("extension \(module.clientName)") { body in
            body.documentation(["The description this client was generated from: each file's path relative to the entry",
                                "file's folder, and its text, sorted by path."])
            body.block("\(module.access) static var descriptionFiles: [\(file)]") { getter in
                getter.line("var files: [\(file)] = []")
                for description in files {
                    getter.line("files.append(\(file)(path: \(SwiftLiteral.string(description.path)), text: \(SwiftLiteral.string(description.text))))")
                }
                getter.line("return files")
            }
        }
    }
}

/// One file of a description, as `generate` embeds it. (`CUPIRuntime.DescriptionFile` is its twin
/// in the generated code; the generator never imports the runtime, so each module has its own.)
public struct DescriptionFile: Sendable, Hashable {
    /// The path relative to the entry file's folder (`cupi-users.xsd`).
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
