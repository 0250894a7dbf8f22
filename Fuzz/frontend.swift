// Fuzz target `frontend`: CUPIGenerator's front end (`Frontend.load`: load, parse, resolve) on a
// WADL or XSD given as bytes, then the back end (`CodeGenerator.generate`) on the model it gives.
// Entry point: Tests/CUPIGeneratorTests/FuzzEntryPoints.swift (replayed by `swift test`).
import Foundation

/// This process's input folder: the front end loads from files, so each input is written here.
let fuzzDirectory: String = {
    var template = Array((NSTemporaryDirectory() + "/cupi-gen-fuzz-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("cannot make a temporary folder") }
    return String(cString: made)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data!, count: size))
    let generated = FrontendFuzzEntry.run(bytes, in: fuzzDirectory)
    #if FUZZ_PLANT
    if let generated { trapIfPlanted(Array(generated.joined().utf8), target: "frontend") }
    #else
    _ = generated
    #endif
    return 0
}
