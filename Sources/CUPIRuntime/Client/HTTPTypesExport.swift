// Generated endpoints and callers name `HTTPRequest.Method` and `HTTPFields` through CUPIRuntime
// alone, so the module re-exports swift-http-types rather than make every client depend on it too.
@_exported import HTTPTypes
