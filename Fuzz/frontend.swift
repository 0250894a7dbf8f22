// Fuzz target `frontend`: CUPIGenerator's front end (`Frontend.load`: load, parse, resolve) on a
// WADL or XSD given as bytes, then the back end (`CodeGenerator.generate`) on the model it gives.
// The planted fault (Plant.swift) traps on the token in a diagnostic or in a generated file.
// Entry point: Tests/CUPIGeneratorTests/FuzzEntryPoints.swift (replayed by `swift test`).
import CUPIGenerator
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
    #if FUZZ_PLANT
    // The front end's messages are its output too: a name it quotes proves the input reached it.
    let generated = FrontendFuzzEntry.run(bytes, in: fuzzDirectory) { diagnostics in
        trapIfPlanted(Array(diagnostics.map(\.message).joined(separator: "\n").utf8), target: "frontend")
    }
    if let generated { trapIfPlanted(Array(generated.joined().utf8), target: "frontend") }
    #else
    _ = FrontendFuzzEntry.run(bytes, in: fuzzDirectory)
    #endif
    return 0
}
