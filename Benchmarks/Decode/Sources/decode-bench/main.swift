// decode-bench: decode and encode throughput of the generated CUPI models beside a bare libxml2
// pass and XMLCoder, each measurement in a fresh process so that peak memory figures are its own.
//
//   decode-bench all [--sizes 10,100] [--runs 5] [--large-xmlcoder-runs 1] [--work DIR]
//   decode-bench generate --mb N --out DIR       writes DIR/users-<N>mb.xml and .json
//   decode-bench measure CASE FILE [REPEAT]      one timed run (the last of REPEAT, for profiling);
//                                                prints seconds, CPU seconds, bytes, peak RSS, checksum
import Foundation

func usage() -> Never {
    FileHandle.standardError.write(Data("""
        usage: decode-bench all [--sizes 10,100] [--runs N] [--large-xmlcoder-runs N] [--work DIR]
               decode-bench generate --mb N --out DIR
               decode-bench measure CASE FILE [REPEAT]
        cases: \(Cases.all.map(\.name).joined(separator: ", "))

        """.utf8))
    exit(2)
}

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func generate(megabytes: Int, into directory: URL) throws -> (xml: URL, json: URL, users: Int) {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let document = UserDocument.make(approximateBytes: megabytes * 1_000_000)
    let xml = directory.appendingPathComponent("users-\(megabytes)mb.xml")
    let json = directory.appendingPathComponent("users-\(megabytes)mb.json")
    try Data(document.xml).write(to: xml)
    try Data(document.json).write(to: json)
    return (xml, json, document.users)
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "generate":
        guard let mb = option("--mb", in: arguments).flatMap(Int.init), mb > 0,
              let out = option("--out", in: arguments) else { usage() }
        let files = try generate(megabytes: mb, into: URL(fileURLWithPath: out))
        print("\(files.users) users: \(files.xml.path), \(files.json.path)")
    case "measure":
        guard arguments.count == 3 || arguments.count == 4, let bench = Cases.named(arguments[1]),
              let repeats = arguments.count == 4 ? Int(arguments[3]) : 1, repeats > 0 else { usage() }
        let result = try Measurement.once(bench, file: URL(fileURLWithPath: arguments[2]), repeats: repeats)
        print(result.line)
    case "all":
        let sizes = (option("--sizes", in: arguments) ?? "10,100").split(separator: ",").compactMap { Int($0) }
        let runs = option("--runs", in: arguments).flatMap(Int.init) ?? 5
        let largeXMLCoderRuns = option("--large-xmlcoder-runs", in: arguments).flatMap(Int.init) ?? 1
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }), runs > 0, largeXMLCoderRuns >= 0 else { usage() }
        let work: URL
        if let path = option("--work", in: arguments) {
            work = URL(fileURLWithPath: path)
        } else {
            work = FileManager.default.temporaryDirectory.appendingPathComponent("decode-bench-\(getpid())")
        }
        try Report.run(sizes: sizes, runs: runs, largeXMLCoderRuns: largeXMLCoderRuns, work: work,
                       generate: generate)
    default:
        usage()
    }
} catch {
    FileHandle.standardError.write(Data("decode-bench: error: \(error)\n".utf8))
    exit(1)
}
