import Foundation

/// What `fetch` writes beside the files (`fetch-manifest.json`): where and when the description
/// came from, and each file's URL, size and SHA-256. Never a credential.
public struct FetchManifest: Codable, Sendable, Equatable {
    /// One fetched file.
    public struct File: Codable, Sendable, Equatable {
        /// The path in the output folder, and below the server's base path.
        public var path: String
        /// The URL it was read from.
        public var url: String
        /// Its size in bytes.
        public var size: Int
        /// Lower-case hex.
        public var sha256: String
    }

    /// The manifest's file name in the output folder.
    public static let fileName = "fetch-manifest.json"

    /// `https://host:port`.
    public var server: String
    /// What `/vmrest/version` says (`14.0.1.10000-1`).
    public var serverVersion: String
    /// ISO 8601, UTC.
    public var fetchedAt: String
    /// Sorted by path.
    public var files: [File]

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
