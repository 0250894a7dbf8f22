import AsyncHTTPClient
import CUPIRuntime
import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorts AsyncHTTPClient's and SwiftNIO's errors into `TransportError`s, marking as "not sent"
/// only failures that happen before a connection exists (no address, refused, TLS handshake):
/// those are what make resending a POST safe.
enum TransportErrorMapping {
    static func map(_ error: any Error) -> TransportError {
        let message = String(describing: error)
        if let error = error as? TransportError { return error }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError || error is PinMismatchError {
            return TransportError(kind: .tls, requestWasNotSent: true, message: message)
        }
        if let error = error as? NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil || error.connectionErrors.isEmpty {
                return TransportError(kind: .unreachable, requestWasNotSent: true, message: message)
            }
            let refused = error.connectionErrors.contains { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
            return TransportError(kind: refused ? .connectionRefused : .unreachable, requestWasNotSent: true, message: message)
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return TransportError(kind: .connectionRefused, requestWasNotSent: true, message: message)
            case ENETUNREACH, EHOSTUNREACH: return TransportError(kind: .unreachable, requestWasNotSent: true, message: message)
            case ECONNRESET, EPIPE: return TransportError(kind: .reset, requestWasNotSent: false, message: message)
            default: return TransportError(kind: .other, requestWasNotSent: false, message: message)
            }
        }
        if error is SocketAddressError {
            return TransportError(kind: .unreachable, requestWasNotSent: true, message: message)
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return TransportError(kind: .timedOut, requestWasNotSent: true, message: message)
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .tlsHandshakeTimeout:
                return TransportError(kind: .timedOut, requestWasNotSent: true, message: message)
            case .readTimeout, .writeTimeout, .deadlineExceeded:
                return TransportError(kind: .timedOut, requestWasNotSent: false, message: message)
            case .remoteConnectionClosed:
                return TransportError(kind: .reset, requestWasNotSent: false, message: message)
            default:
                break
            }
        }
        return TransportError(kind: .other, requestWasNotSent: false, message: message)
    }
}
