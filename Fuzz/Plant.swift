// The planted fault that proves a target's harness reaches the code under test: compiled in only
// with `-D FUZZ_PLANT` (`Fuzz/run --plant TARGET SECONDS`). It traps when the magic token comes
// *out of* the code under test (a decoded and re-encoded value, an element name the reader
// reported, a generated file), so finding it means the fuzzer drove input through that code.
#if FUZZ_PLANT
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Traps when `output` holds the magic token. `strstr` on purpose: libFuzzer's hook on it learns
/// the token, as it learns any token a real parser compares against. (A NUL in `output` ends the
/// search there.)
func trapIfPlanted(_ output: [UInt8], target: String) {
    let haystack = output.map { CChar(bitPattern: $0) } + [0]
    if strstr(haystack, "CUPIFUZZ") != nil { fatalError("CUPIFUZZ planted fault reached in target \(target)") }
}
#endif
