import Foundation

/// Where a description file lives: its path below the server's base path (`/vmrest/`), which is
/// also its path in the output folder. Made only from references that stay on the server's origin
/// and inside the base path, so a fetched file can never land outside the output folder.
struct FetchLocation: Hashable, Comparable, Sendable {
    /// Relative, `/`-separated, no empty, `.` or `..` segment (`cupi-users.xsd`, `schemas/a.xsd`).
    let path: String

    static let entry = FetchLocation(path: "application.wadl")
    /// `/vmrest/version`, read for the manifest (not written).
    static let version = FetchLocation(path: "version")

    private init(path: String) { self.path = path }

    static func < (a: FetchLocation, b: FetchLocation) -> Bool { a.path < b.path }

    /// The location `reference` names from the file at `self`, or why it is refused.
    /// - `origin`: `scheme://host:port` of the server; `basePath`: `/vmrest/`.
    func resolve(_ reference: String, origin: URL, basePath: String) throws(FetchError) -> FetchLocation {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let here = URL(string: basePath + path, relativeTo: origin),
              let resolved = URL(string: trimmed, relativeTo: here)?.absoluteURL else {
            throw FetchError.refused(reference: reference, in: path, reason: "it is not a URL")
        }
        guard resolved.scheme?.lowercased() == origin.scheme?.lowercased(), resolved.host?.lowercased() == origin.host?.lowercased(),
              Self.port(resolved) == Self.port(origin) else {
            throw FetchError.refused(reference: reference, in: path,
                                     reason: "it is on another origin (\(resolved.scheme ?? "?")://\(resolved.host ?? "?")), and only the server's own files are fetched")
        }
        guard resolved.query == nil, resolved.fragment == nil, resolved.user == nil else {
            throw FetchError.refused(reference: reference, in: path, reason: "it has a query, fragment or user part")
        }
        // The raw segments: `..` must not survive, whether written or percent-encoded.
        let full = resolved.path
        let segments = full.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard full.hasPrefix(basePath), !segments.contains(".."), !segments.contains("."),
              !trimmed.split(separator: "/").contains(where: { $0 == ".." || $0.lowercased() == "%2e%2e" }) else {
            throw FetchError.refused(reference: reference, in: path, reason: "it leads outside \(basePath), and so outside the output folder")
        }
        let relative = String(full.dropFirst(basePath.count))
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("{") }) else {
            throw FetchError.refused(reference: reference, in: path, reason: "its path '\(relative)' is not a plain relative file path")
        }
        return FetchLocation(path: relative)
    }

    private static func port(_ url: URL) -> Int {
        url.port ?? (url.scheme?.lowercased() == "http" ? 80 : 443)
    }
}
