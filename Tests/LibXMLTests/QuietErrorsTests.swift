import Foundation
import LibXML
import Testing

/// A document libxml2 cannot convert (a declared encoding its bytes do not follow) is refused
/// through the structured error, and libxml2 prints nothing to stderr on the side.
@Suite("libxml2 stays quiet")
struct QuietErrorsTests {
    /// libxml2 2.9 prints "encoding error : input conversion failed due to input error" for this.
    static let unconvertible: [UInt8] = Array(#"<?xml version="1.0" encoding="UTF-32"?>"#.utf8) + [0, 0, 0, 0] + Array("<a/>".utf8)

    @Test func anEncodingErrorPrintsNothing() throws {
        let captured = FileManager.default.temporaryDirectory.appendingPathComponent("libxml-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: captured.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: captured) }
        let file = try FileHandle(forWritingTo: captured)
        let saved = dup(STDERR_FILENO)
        fflush(nil)  // every C stream, stderr included
        dup2(file.fileDescriptor, STDERR_FILENO)
        var refused = false
        do { _ = try XMLDocument.parse(Self.unconvertible, path: "bad.xml") } catch { refused = !error.problems.isEmpty }
        _ = try? Self.unconvertible.withUnsafeBytes { bytes in
            try XMLStreamReader.withReader(bytes: bytes, path: "bad.xml") { reader in
                while try reader.read() {}
            }
        }
        fflush(nil)  // every C stream, stderr included
        dup2(saved, STDERR_FILENO)
        close(saved)
        try file.close()
        #expect(refused, "the document should be refused")
        // Tests running beside this one write to the same stderr (Swift Testing's progress among
        // them), so look for libxml2's own lines: "encoding error : …", "I/O error : encoder
        // error", "xmlParseChunk: encoder error".
        let printed = try String(contentsOf: captured, encoding: .utf8).split(separator: "\n")
        let fromLibXML = printed.filter { $0.contains(" error : ") || $0.contains("encoder error") }
        #expect(fromLibXML.isEmpty, "libxml2 printed: \(fromLibXML.joined(separator: "\n"))")
    }
}
