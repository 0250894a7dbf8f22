// Fuzz target `stream-reader`: LibXML's XMLStreamReader alone, on arbitrary bytes.
// Entry point: Tests/CUPIRuntimeTests/FuzzEntryPoints.swift (replayed by `swift test`).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let names = StreamReaderFuzzEntry.run(UnsafeRawBufferPointer(start: data, count: size))
    #if FUZZ_PLANT
    if let names { trapIfPlanted(Array(names.joined(separator: " ").utf8), target: "stream-reader") }
    #else
    _ = names
    #endif
    return 0
}
