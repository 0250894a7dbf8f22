import Foundation

/// Writes generated files into a folder: each only when its bytes change (so builds stay
/// incremental), atomically (a reader never sees half a file), and never touching a file it
/// did not generate.
public enum OutputWriter {
    public struct Report: Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ files: [GeneratedFile], to folder: String) throws(Failure) -> Report {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(description: "output '\(folder)' is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create output folder '\(folder)': \(error.localizedDescription)")
        }
        var report = Report()
        for file in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.name)
            let bytes = Data(file.contents.utf8)
            if (try? Data(contentsOf: url)) == bytes {
                report.unchanged.append(file.name)
                continue
            }
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
            report.written.append(file.name)
        }
        return report
    }
}
