import Foundation

/// Where a Unity Connection server listens: a scheme, a host (DNS name, IPv4 or IPv6 address) and
/// an optional port.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible {
    /// `https` (the default) or `http`.
    public var scheme: String
    /// The host without brackets: `cuc-pub.example.com`, `10.0.0.5`, `2001:db8::10`, `fe80::1%eth0`.
    public var host: String
    /// The port, or nil for the scheme's default.
    public var port: Int?

    /// Parses an address as people write one:
    /// `cuc-pub.example.com`, `10.0.0.5`, `2001:db8::10`, `[2001:db8::10]`, `[2001:db8::10]:8443`,
    /// `cuc:8443`, `https://cuc.example.com`, `http://127.0.0.1:8080` (a trailing `/` is allowed).
    /// - Throws: `ServerAddressError` for anything else: another scheme, a path, user info
    ///   (credentials belong in `Credentials`, never in an address), an invalid host or port.
    public init(_ text: String) throws {
        var rest = Substring(text)
        scheme = "https"
        if let range = rest.range(of: "://") {
            let given = rest[..<range.lowerBound].lowercased()
            guard given == "https" || given == "http" else { throw ServerAddressError(text, "the scheme must be https or http") }
            scheme = given
            rest = rest[range.upperBound...]
        }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        guard !rest.isEmpty else { throw ServerAddressError(text, "the host is empty") }
        // Checked before anything else so that an address with user info never echoes it in an error.
        guard !rest.contains("@") else { throw ServerAddressError(text, "user info is not allowed in an address") }
        guard !rest.contains("/"), !rest.contains("?"), !rest.contains("#") else {
            throw ServerAddressError(text, "an address has no path, query or fragment")
        }

        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw ServerAddressError(text, "'[' without ']'") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw ServerAddressError(text, "unexpected text after ']'") }
                portText = after.dropFirst()
            }
            guard Self.isIPv6(host) else { throw ServerAddressError(text, "not an IPv6 address inside brackets") }
        } else if rest.filter({ $0 == ":" }).count > 1 {
            // Two or more colons without brackets can only be a bare IPv6 literal, which has no port.
            host = String(rest)
            guard Self.isIPv6(host) else { throw ServerAddressError(text, "not a valid IPv6 address") }
        } else if let colon = rest.firstIndex(of: ":") {
            host = String(rest[..<colon])
            portText = rest[rest.index(after: colon)...]
            guard Self.isHostName(host) else { throw ServerAddressError(text, "not a valid host name or IPv4 address") }
        } else {
            host = String(rest)
            guard Self.isHostName(host) else { throw ServerAddressError(text, "not a valid host name or IPv4 address") }
        }

        if let portText {
            guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy(\.isASCIIDigit), let value = Int(portText),
                (1...65535).contains(value)
            else { throw ServerAddressError(text, "the port must be a number from 1 to 65535") }
            port = value
        }
    }

    /// The URL authority: the host, bracketed when it is an IPv6 address (with a zone's `%` written
    /// `%25`, RFC 6874), then `:port` when a port is set.
    public var authority: String {
        var result = host.contains(":") ? "[" + host.replacingOccurrences(of: "%", with: "%25") + "]" : host
        if let port { result += ":\(port)" }
        return result
    }

    /// `scheme://authority`, for example `https://[2001:db8::10]:8443`.
    public var description: String { "\(scheme)://\(authority)" }

    private static func isHostName(_ host: String) -> Bool {
        guard !host.isEmpty, host.utf8.count <= 253 else { return false }
        return host.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
    }

    /// An IPv6 address in RFC 4291 text form, optionally with a `%zone`: hex groups, at most one
    /// `::`, and an optional trailing dotted IPv4 part.
    private static func isIPv6(_ text: String) -> Bool {
        var address = Substring(text)
        if let percent = address.firstIndex(of: "%") {
            let zone = address[address.index(after: percent)...]
            guard !zone.isEmpty, zone.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~".contains($0)) }) else {
                return false
            }
            address = address[..<percent]
        }
        let halves = address.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groupCount = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let groups = half.split(separator: ":", omittingEmptySubsequences: false)
            for (position, group) in groups.enumerated() {
                let isLastGroup = index == halves.count - 1 && position == groups.count - 1
                if isLastGroup, group.contains(".") {
                    guard isIPv4(group) else { return false }
                    groupCount += 2
                } else {
                    guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
                    groupCount += 1
                }
            }
        }
        return halves.count == 2 ? groupCount <= 7 : groupCount == 8
    }

    private static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
        }
    }
}

/// An address `ServerAddress` could not parse.
public struct ServerAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that was given, or a placeholder when it held user info (which may be a password).
    public var text: String
    /// Why it was refused.
    public var reason: String

    init(_ text: String, _ reason: String) {
        self.text = text.contains("@") ? "<address with user info>" : text
        self.reason = reason
    }

    /// `invalid server address 'TEXT': REASON`.
    public var description: String { "invalid server address '\(text)': \(reason)" }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
