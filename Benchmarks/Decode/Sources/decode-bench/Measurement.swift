import Foundation

/// One timed run of one case in this process, and the process's peak memory afterwards.
struct Measurement {
    var wallSeconds: Double
    var cpuSeconds: Double
    var bytes: Int
    var peakRSSKilobytes: Int
    var checksum: Int

    var line: String { "\(wallSeconds) \(cpuSeconds) \(bytes) \(peakRSSKilobytes) \(checksum)" }

    init?(line: String) {
        let fields = line.split(separator: " ")
        guard fields.count == 5, let wall = Double(fields[0]), let cpu = Double(fields[1]), let bytes = Int(fields[2]),
              let rss = Int(fields[3]), let sum = Int(fields[4]) else { return nil }
        (wallSeconds, cpuSeconds, self.bytes, peakRSSKilobytes, checksum) = (wall, cpu, bytes, rss, sum)
    }

    private init(wall: Double, cpu: Double, bytes: Int, rss: Int, checksum: Int) {
        (wallSeconds, cpuSeconds, self.bytes, peakRSSKilobytes, self.checksum) = (wall, cpu, bytes, rss, checksum)
    }

    static func once(_ bench: BenchCase, file: URL, repeats: Int = 1) throws -> Measurement {
        // Mapped, so the document costs its own size in RSS once read, with no transient copies.
        let prepared = try bench.prepare(Data(contentsOf: file, options: .alwaysMapped))
        for _ in 1..<repeats { _ = try bench.run(prepared) }
        let wallStart = monotonicSeconds(), cpuStart = cpuSeconds()
        let result = try bench.run(prepared)
        let wall = monotonicSeconds() - wallStart, cpu = cpuSeconds() - cpuStart
        // Encoders return the size of what they wrote; decoders are measured against their input.
        let bytes = prepared.bytes > 0 ? prepared.bytes : result
        return Measurement(wall: wall, cpu: cpu, bytes: bytes, rss: peakRSSKilobytes(), checksum: result)
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    #if os(Linux)
    private static let RUSAGE_SELF_ID = RUSAGE_SELF.rawValue
    #else
    private static let RUSAGE_SELF_ID = RUSAGE_SELF
    #endif

    private static func usage() -> rusage {
        var usage = rusage()
        getrusage(Self.RUSAGE_SELF_ID, &usage)
        return usage
    }

    private static func cpuSeconds() -> Double {
        let u = usage()
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
            + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    /// The peak resident set of this process. On Linux that is VmHWM, the high-water mark of this
    /// process's own address space: getrusage's ru_maxrss would also count the parent's, which
    /// Linux carries over when a process spawned with a shared address space calls exec.
    private static func peakRSSKilobytes() -> Int {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Int(line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") {
            return kilobytes
        }
        return Int(usage().ru_maxrss)
        #else
        return Int(usage().ru_maxrss) / 1024
        #endif
    }
}
