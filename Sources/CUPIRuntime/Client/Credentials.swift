import Foundation

/// How the client authenticates: HTTP Basic with a Unity Connection administrator account.
///
/// The password never appears in `description`, `debugDescription` or `dump` output, so a
/// configuration can be logged or printed in a test failure without leaking it.
public enum Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A user name and password, sent as `Authorization: Basic …` until the server issues session cookies.
    case basic(user: String, password: String)

    /// The user name; kept visible because knowing which account was used helps diagnose a 401 or 403.
    public var user: String {
        switch self {
        case .basic(let user, _): user
        }
    }

    /// `basic(user: NAME, password: <redacted>)`.
    public var description: String {
        switch self {
        case .basic(let user, _): "basic(user: \(user), password: <redacted>)"
        }
    }

    /// The same as `description`: the password stays redacted in debug output too.
    public var debugDescription: String { description }

    /// A mirror that shows the user and `<redacted>` for the password, so `dump` cannot leak it.
    public var customMirror: Mirror {
        Mirror(self, children: ["user": user, "password": "<redacted>"], displayStyle: .enum)
    }

    /// The `Authorization` field value.
    var authorizationValue: String {
        switch self {
        case .basic(let user, let password):
            "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
    }
}
