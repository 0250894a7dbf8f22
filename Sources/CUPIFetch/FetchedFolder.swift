import Foundation

/// Puts fetched files in place all at once: they are written into a new folder beside the output
/// folder, which then takes the output folder's place; on any failure the output folder is
/// exactly as it was and the new one is removed.
enum FetchedFolder {
    static func replace(_ output: String, with files: [(FetchLocation, Data)], manifest: Data) throws(FetchError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw FetchError.output(message: "\(output) exists and is not a folder")
        }
        let staging = parent.appendingPathComponent(".\(name).fetch-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (location, data) in files {
                let url = staging.appendingPathComponent(location.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            try manifest.write(to: staging.appendingPathComponent(FetchManifest.fileName))
        } catch {
            try? manager.removeItem(at: staging)
            throw FetchError.output(message: "cannot write the fetched files beside \(output): \(error.localizedDescription)")
        }
        guard exists else {
            do { try manager.moveItem(at: staging, to: target) } catch {
                try? manager.removeItem(at: staging)
                throw FetchError.output(message: "cannot create \(output): \(error.localizedDescription)")
            }
            return
        }
        let previous = parent.appendingPathComponent(".\(name).previous-\(UUID().uuidString)")
        do { try manager.moveItem(at: target, to: previous) } catch {
            try? manager.removeItem(at: staging)
            throw FetchError.output(message: "cannot replace \(output): \(error.localizedDescription)")
        }
        do { try manager.moveItem(at: staging, to: target) } catch {
            try? manager.moveItem(at: previous, to: target)
            try? manager.removeItem(at: staging)
            throw FetchError.output(message: "cannot replace \(output): \(error.localizedDescription)")
        }
        try? manager.removeItem(at: previous)
    }
}
