import Foundation

/// The session cookies one server issued (`JSESSIONID`, `JSESSIONIDSSO`, `REQUEST_TOKEN_KEY`, …).
///
/// Sending them back spares the server a Basic authentication per request. Path, domain and
/// expiry attributes are not tracked: each jar belongs to one server and the client only talks to
/// its base path; a cookie the server deletes (`Max-Age=0`) is dropped.
final class SessionCookies: Sendable {
    private let cookies = LockedState<[(name: String, value: String)]>([])

    /// The `Cookie` field value, or nil while there are no cookies.
    func headerValue() -> String? {
        cookies.withLock { cookies in
            cookies.isEmpty ? nil : cookies.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
        }
    }

    /// Takes in every `Set-Cookie` field of a response.
    func store(from fields: HTTPFields) {
        let updates = fields[values: .setCookie].compactMap(Self.parse)
        guard !updates.isEmpty else { return }
        cookies.withLock { cookies in
            for update in updates {
                cookies.removeAll { $0.name == update.name }
                if !update.deleted { cookies.append((update.name, update.value)) }
            }
        }
    }

    /// Forgets every cookie (the server no longer accepts them).
    func clear() {
        cookies.withLock { $0.removeAll() }
    }

    private static func parse(_ field: String) -> (name: String, value: String, deleted: Bool)? {
        let parts = field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        let name = String(first[..<equals]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let value = String(first[first.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        let deleted = value.isEmpty || parts.dropFirst().contains { attribute in
            let pair = attribute.split(separator: "=", maxSplits: 1)
            return pair.count == 2 && pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "max-age" && (Int(pair[1].trimmingCharacters(in: .whitespaces)) ?? 1) <= 0
        }
        return (name, value, deleted)
    }
}
