import Foundation
@testable import CUPIGenerator

/// A folder of input files written for one test and removed afterwards.
struct TemporaryInput: ~Copyable {
    let folder: String

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cupi-gen-tests-\(UUID().uuidString)").path
        for (name, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }

    func load(_ name: String, options: FrontendOptions = FrontendOptions()) -> Frontend.Result {
        Frontend.load(path(name), options: options)
    }
}

extension Frontend.Result {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// WADL and XSD boilerplate for fragments.
enum Fragment {
    static func wadl(_ body: String, grammars: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <application xmlns="http://wadl.dev.java.net/2009/02" xmlns:xs="http://www.w3.org/2001/XMLSchema">
        \(grammars.isEmpty ? "" : "<grammars>\(grammars)</grammars>")
        <resources base="https://{server}/vmrest/">
        \(body)
        </resources>
        </application>
        """
    }

    static func xsd(_ body: String, targetNamespace: String? = nil) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"\(targetNamespace.map { " targetNamespace=\"\($0)\" xmlns:tns=\"\($0)\"" } ?? "")>
        \(body)
        </xs:schema>
        """
    }

    /// The repository root, for tests that read the bundled inputs or `../shared`.
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// `../shared` beside the repository, when this machine has it.
    static var shared: String? {
        let path = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// The model's source location; Swift Testing has a `SourceLocation` of its own.
typealias ModelLocation = CUPIGenerator.SourceLocation
