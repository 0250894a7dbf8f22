import Foundation

/// Writes generated files into a folder: each only when its bytes change (so builds stay
/// incremental), atomically (a reader never sees half a file), and never touching a file it
/// did not generate.
public enum OutputWriter {
    public struct Report: Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Earlier outputs that this set replaces, removed.
        public var removed: [String] = []
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `files` into `folder`. Then, once every one is in place, removes each other file
    /// there that `isStale` names and whose first line is the header of a file generated under
    /// that name: an output of an earlier run that this set replaces (models that another
    /// `modelFiles` put elsewhere, whose types would otherwise be defined twice).
    public static func write(_ files: [GeneratedFile], to folder: String,
                             removingStale isStale: (String) -> Bool = { _ in false }) throws(Failure) -> Report {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(description: "output '\(folder)' is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create output folder '\(folder)': \(error.localizedDescription)")
        }
        // The files are written side by side: most of a large run's writing is comparing and
        // copying bytes, which two cores halve.
        let outcomes = files.concurrentMap { file in Result { () throws(Failure) in try write(file, in: folder) } }
        var report = Report()
        for (file, outcome) in zip(files, outcomes) {
            if try outcome.get() { report.written.append(file.name) } else { report.unchanged.append(file.name) }
        }
        let kept = Set(files.map(\.name))
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !kept.contains($0) && isStale($0) }
        for name in others.sorted() where isGenerated(name, in: folder) {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            guard unlink(path) == 0 else {
                throw Failure(description: "cannot remove the stale '\(path)': \(String(cString: strerror(errno)))")
            }
            report.removed.append(name)
        }
        return report
    }

    /// Writes `file` into `folder` unless it holds those bytes already; whether it wrote.
    private static func write(_ file: GeneratedFile, in folder: String) throws(Failure) -> Bool {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(file.name)
        let bytes = Data(file.contents.utf8)
        if (try? Data(contentsOf: url)) == bytes { return false }
        // Write beside the target, then rename over it: a rename within one folder is atomic.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(file.name).cupi-gen-\(UUID().uuidString)")
        do {
            try bytes.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw Failure(description: "cannot replace '\(url.path)': \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw (error as? Failure) ?? Failure(description: "cannot write '\(url.path)': \(error.localizedDescription)")
        }
        return true
    }

    /// Whether the file `name` in `folder` starts with the line `CodeWriter.header` writes for it.
    private static func isGenerated(_ name: String, in folder: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: URL(fileURLWithPath: folder).appendingPathComponent(name).path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 256)) ?? Data()
        return start.starts(with: Data(CodeWriter.headerStart(name).utf8))
    }
}
