import Foundation
import LibXML

/// The entry point the `stream-reader` fuzz target calls (Fuzz/stream-reader.swift is compiled
/// with this file), so `swift test` replays regression inputs through exactly the fuzzed code.
/// No `import Testing` here: the fuzz build compiles this file outside the test target.
enum StreamReaderFuzzEntry {
    /// Reads `bytes` to the end with `XMLStreamReader`, touching everything a decoder touches:
    /// names, namespaces, attributes, line numbers and text. An element whose local name starts
    /// with "skip" is skipped whole, so `skipElement()` is fuzzed too. Returns the local names of
    /// the elements read (at most 64), or nil when the reader threw.
    static func run(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        do {
            return try XMLStreamReader.withReader(bytes: bytes, path: "fuzz.xml") { reader in
                var names: [String] = []
                var textBytes = 0
                while try reader.read() {
                    switch reader.kind {
                    case .element:
                        guard let element = reader.currentElement else { continue }
                        let name = reader.localName(of: element)
                        if names.count < 64 { names.append(name) }
                        _ = reader.namespace(of: element)
                        _ = reader.line(of: element)
                        _ = reader.depth
                        _ = reader.isEmptyElement
                        if element.hasAttributes {
                            for attribute in element.attributes {
                                _ = element.attribute(attribute.localName, namespace: attribute.namespace)
                            }
                        }
                        if name.hasPrefix("skip") { try reader.skipElement() }
                    case .text, .cdata, .whitespace:
                        textBytes += reader.withValueBytes { $0.count }
                        _ = reader.value
                    default:
                        _ = reader.parserLine
                        _ = reader.parserColumn
                    }
                }
                _ = textBytes
                return names
            }
        } catch {
            return nil
        }
    }
}
