// Fuzz target `xml-decode`: CUPIClient's generated XML decoders (over CUPIRuntime's XML coding)
// on a response body; the root element picks the type. Entry point:
// Tests/CUPIClientTests/FuzzEntryPoints.swift (replayed by `swift test`).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
    let encoded = ClientFuzzEntry.decodeXML(bytes)
    #if FUZZ_PLANT
    if let encoded { trapIfPlanted([UInt8](encoded), target: "xml-decode") }
    #else
    _ = encoded
    #endif
    return 0
}
