// Fuzz target `json-decode`: CUPIRuntime's CUPI-JSON parser and CUPIClient's generated JSON
// decoders (`CUPIJSON.decode`) on a response body. Entry point:
// Tests/CUPIClientTests/FuzzEntryPoints.swift (replayed by `swift test`).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
    let encoded = ClientFuzzEntry.decodeJSON(bytes)
    #if FUZZ_PLANT
    trapIfPlanted([UInt8](encoded), target: "json-decode")
    #else
    _ = encoded
    #endif
    return 0
}
