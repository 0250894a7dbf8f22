/// One operation as the route table states it: what a server needs to serve it. Printed as a
/// `CUPIRuntime.OperationRoute`.
struct RouteDecl: Sendable {
    var method: String
    var path: String
    var operationId: String?
    var requiredQuery: [String]
    /// The root element of an XML or JSON request body.
    var requestElement: String?
    /// The media types the request body may have.
    var requestMediaTypes: [String]
    /// The root element of the success response.
    var responseElement: String?
    /// For a list document (a record with a `total` attribute and a repeating element): that element.
    var listItemElement: String?
    var responseMediaTypes: [String]
    var successStatuses: [Int]
}
