import Foundation

/// Runs every case in a fresh child process per measurement, interleaving the cases run by run so
/// that load from other processes falls on all of them alike, and prints medians and ratios.
enum Report {
    static func run(
        sizes: [Int], runs: Int, largeXMLCoderRuns: Int, work: URL,
        generate: (Int, URL) throws -> (xml: URL, json: URL, users: Int)
    ) throws {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var medians: [Int: [String: Row]] = [:]
        print("| doc MB | case | median s | MB/s (wall) | MB/s (CPU) | peak RSS MB | RSS − input MB | runs |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        for size in sizes {
            let files = try generate(size, work)
            log("\(size) MB: \(files.users) users; \(runs) runs per case")
            var samples: [String: [Measurement]] = [:]
            for round in 0..<runs {
                for bench in Cases.all {
                    // XMLCoder needs many seconds and gigabytes on large documents: fewer runs there.
                    if bench.name == "xmlcoder", size >= 100, round >= largeXMLCoderRuns { continue }
                    let file = bench.format == "xml" ? files.xml : files.json
                    let sample = try child(executable, bench.name, file)
                    samples[bench.name, default: []].append(sample)
                    log(String(format: "  run %d %@: %.3f s, %d MB", round + 1, bench.name, sample.wallSeconds,
                               sample.peakRSSKilobytes / 1024))
                }
            }
            let inputBytes = [
                "xml": (try? FileManager.default.attributesOfItem(atPath: files.xml.path)[.size] as? Int) ?? 0,
                "json": (try? FileManager.default.attributesOfItem(atPath: files.json.path)[.size] as? Int) ?? 0,
            ]
            for bench in Cases.all {
                guard let list = samples[bench.name], !list.isEmpty else { continue }
                let row = Row(samples: list, inputBytes: inputBytes[bench.format] ?? 0)
                medians[size, default: [:]][bench.name] = row
                print(String(format: "| %d | %@ | %.3f | %.1f | %.1f | %.0f | %.0f | %d |", size, bench.name, row.seconds,
                             row.megabytesPerSecond, row.cpuMegabytesPerSecond, row.peakMB, row.peakMB - row.inputMB,
                             list.count))
            }
            checkChecksums(samples)
        }
        print()
        printRatios(medians, sizes: sizes)
        print()
        print("Cases: " + Cases.all.map { "`\($0.name)`: \($0.summary)" }.joined(separator: "; ") + ".")
        print("MB = 10^6 bytes of the document (encoders: of their output). Each sample is a fresh process;"
              + " peak RSS includes the document read into memory.")
    }

    struct Row {
        var seconds: Double
        var cpuSeconds: Double
        var bytes: Int
        var peakMB: Double
        var inputMB: Double

        init(samples: [Measurement], inputBytes: Int) {
            seconds = median(samples.map(\.wallSeconds))
            cpuSeconds = median(samples.map(\.cpuSeconds))
            bytes = samples[0].bytes
            peakMB = median(samples.map { Double($0.peakRSSKilobytes) / 1024 })
            inputMB = Double(inputBytes) / 1_048_576
        }

        var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
        var cpuMegabytesPerSecond: Double { Double(bytes) / 1e6 / cpuSeconds }
    }

    private static func printRatios(_ medians: [Int: [String: Row]], sizes: [Int]) {
        // CPU time is the steadier figure on a shared machine: the work is single-threaded, so other
        // processes stretch its wall time but hardly its CPU time.
        print("| doc MB | ratio of times (per byte) | wall | CPU | target |")
        print("|---:|---|---:|---:|---|")
        for size in sizes {
            guard let rows = medians[size] else { continue }
            func ratio(_ a: String, _ b: String) -> String {
                guard let x = rows[a], let y = rows[b] else { return "n/a | n/a" }
                return String(format: "%.2f× | %.2f×", y.megabytesPerSecond / x.megabytesPerSecond,
                              y.cpuMegabytesPerSecond / x.cpuMegabytesPerSecond)
            }
            print("| \(size) | generated-xml / libxml2-bare | \(ratio("generated-xml", "libxml2-bare")) | ≤ 2× |")
            print("| \(size) | generated-xml-stream / libxml2-bare | \(ratio("generated-xml-stream", "libxml2-bare")) | ≤ 2× |")
            print("| \(size) | xmlcoder / generated-xml | \(ratio("xmlcoder", "generated-xml")) | ≥ 20× |")
            print("| \(size) | generated-json / generated-xml | \(ratio("generated-json", "generated-xml")) | — |")
            print("| \(size) | generated-json / foundation-json | \(ratio("generated-json", "foundation-json")) | — |")
            print("| \(size) | generated-json-stream / generated-json | \(ratio("generated-json-stream", "generated-json")) | — |")
        }
        guard sizes.count >= 2, let small = sizes.min(), let large = sizes.max(), small != large,
              let a = medians[small], let b = medians[large] else { return }
        print()
        print("Memory growth from \(small) MB to \(large) MB documents (peak RSS minus the document held in memory,"
              + " per extra document MB; 0 is flat):")
        print()
        print("| case | RSS − input at \(small) MB | at \(large) MB | MB per extra document MB |")
        print("|---|---:|---:|---:|")
        for bench in Cases.all {
            guard let x = a[bench.name], let y = b[bench.name] else { continue }
            let over = (x.peakMB - x.inputMB, y.peakMB - y.inputMB)
            print(String(format: "| %@ | %.0f | %.0f | %.2f |", bench.name, over.0, over.1,
                         (over.1 - over.0) / (y.inputMB - x.inputMB)))
        }
    }

    private static func checkChecksums(_ samples: [String: [Measurement]]) {
        let decoders = ["generated-xml", "generated-xml-stream", "xmlcoder", "generated-json", "generated-json-stream"]
        let sums = Set(decoders.compactMap { samples[$0]?.first?.checksum })
        if sums.count > 1 { log("warning: the decoders disagree on the users they read: \(sums.sorted())") }
    }

    private static func child(_ executable: URL, _ name: String, _ file: URL) throws -> Measurement {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["measure", name, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let sample = Measurement(line: text) else {
            throw BenchError("'\(name)' on \(file.lastPathComponent) failed (status \(process.terminationStatus)): "
                             + String(decoding: errors, as: UTF8.self))
        }
        return sample
    }

    private static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
