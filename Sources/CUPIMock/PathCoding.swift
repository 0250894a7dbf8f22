import Foundation

/// Percent-encoding of request paths and of the URIs the mock writes into objects.
enum PathCoding {
    /// Characters left literal in one path segment (RFC 3986 unreserved, plus `*`, as CUPI writes it).
    private static let segmentCharacters = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~*")

    /// `segment` as one path segment: `Off Hours` → `Off%20Hours`, `#` → `%23`.
    static func encodeSegment(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? segment
    }

    /// The decoded segments of `path` after `/vmrest/`, or nil when the path is outside it.
    static func segments(of path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard parts.first == "vmrest" else { return nil }
        return parts.dropFirst().filter { !$0.isEmpty }.map { String($0).removingPercentEncoding ?? String($0) }
    }

    /// The query parameters of a request target, decoded (`+` is not a space in CUPI queries).
    static func queryParameters(of query: Substring?) -> [String: String] {
        guard let query else { return [:] }
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let name = parts.first.map({ String($0).removingPercentEncoding ?? String($0) }) else { continue }
            let value = parts.count > 1 ? String(parts[1]) : ""
            result[name] = value.removingPercentEncoding ?? value
        }
        return result
    }
}
