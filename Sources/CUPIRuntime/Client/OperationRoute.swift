/// One operation of a generated client's description, as data: what a server needs to serve it.
/// Generated clients list theirs in `routes` (for example `CUPI.routes`); the mock serves from it.
public struct OperationRoute: Sendable, Hashable {
    /// The HTTP method (`GET`).
    public var method: String
    /// The path template below the base path (`users/{objectId}`).
    public var path: String
    /// The WADL method's id, when it has one.
    public var operationId: String?
    /// Query parameters the description marks required.
    public var requiredQuery: [String]
    /// The root element of an XML or JSON request body.
    public var requestElement: String?
    /// The media types the request body may have.
    public var requestMediaTypes: [String]
    /// The root element of the success response.
    public var responseElement: String?
    /// For a list document: the element each item is.
    public var listItemElement: String?
    /// The media types of the success response.
    public var responseMediaTypes: [String]
    /// The statuses the description declares for success.
    public var successStatuses: [Int]

    /// Makes a route; generated code lists one per WADL method.
    public init(method: String, path: String, operationId: String?, requiredQuery: [String], requestElement: String?,
                requestMediaTypes: [String], responseElement: String?, listItemElement: String?,
                responseMediaTypes: [String], successStatuses: [Int]) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.requiredQuery = requiredQuery
        self.requestElement = requestElement
        self.requestMediaTypes = requestMediaTypes
        self.responseElement = responseElement
        self.listItemElement = listItemElement
        self.responseMediaTypes = responseMediaTypes
        self.successStatuses = successStatuses
    }
}
