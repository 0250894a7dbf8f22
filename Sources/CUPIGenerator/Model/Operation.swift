/// One HTTP method on one resource, with every param that applies to it (inherited from
/// enclosing resources and the method's own request).
public struct Operation: Sendable, Hashable, Codable {
    /// The method's `id`, when the WADL gives one.
    public var id: String?
    /// The HTTP method, upper-case (`GET`, `PUT`, …).
    public var method: String
    /// The full path template, the same as the resource's `fullPath`.
    public var path: String
    /// Template params of every enclosing resource first, then this method's params, by style.
    public var params: [Parameter]
    public var request: [Representation]
    public var responses: [Response]
    public var documentation: String?
    public var location: SourceLocation

    public init(id: String? = nil, method: String, path: String, params: [Parameter] = [],
                request: [Representation] = [], responses: [Response] = [],
                documentation: String? = nil, location: SourceLocation) {
        self.id = id
        self.method = method
        self.path = path
        self.params = params
        self.request = request
        self.responses = responses
        self.documentation = documentation
        self.location = location
    }
}

/// A WADL param.
public struct Parameter: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Hashable, Codable {
        case template, matrix, query, header, plain
    }

    public var name: String
    public var style: Style
    /// The param's type; `xs:string` when the WADL gives none.
    public var type: QName
    public var required: Bool
    public var repeating: Bool
    public var defaultValue: String?
    public var fixedValue: String?
    /// The `option` values, in document order (an enumeration when non-empty).
    public var options: [Option]
    /// For `plain` params: the XPath into the representation.
    public var path: String?
    public var documentation: String?
    public var location: SourceLocation

    public init(name: String, style: Style, type: QName = .xsd("string"), required: Bool = false,
                repeating: Bool = false, defaultValue: String? = nil, fixedValue: String? = nil,
                options: [Option] = [], path: String? = nil, documentation: String? = nil,
                location: SourceLocation) {
        self.name = name
        self.style = style
        self.type = type
        self.required = required
        self.repeating = repeating
        self.defaultValue = defaultValue
        self.fixedValue = fixedValue
        self.options = options
        self.path = path
        self.documentation = documentation
        self.location = location
    }

    public struct Option: Sendable, Hashable, Codable {
        public var value: String
        public var mediaType: String?
        public var documentation: String?

        public init(value: String, mediaType: String? = nil, documentation: String? = nil) {
            self.value = value
            self.mediaType = mediaType
            self.documentation = documentation
        }
    }
}

/// A WADL representation: a media type and, for XML, the global element it carries.
public struct Representation: Sendable, Hashable, Codable {
    public var id: String?
    public var mediaType: String?
    public var element: QName?
    public var profile: String?
    /// Form params (`plain` or `query` style) of the representation.
    public var params: [Parameter]
    public var documentation: String?
    public var location: SourceLocation

    public init(id: String? = nil, mediaType: String? = nil, element: QName? = nil, profile: String? = nil,
                params: [Parameter] = [], documentation: String? = nil, location: SourceLocation) {
        self.id = id
        self.mediaType = mediaType
        self.element = element
        self.profile = profile
        self.params = params
        self.documentation = documentation
        self.location = location
    }
}

/// A WADL response (or a 2006/10 `fault`): the statuses it covers and what it carries.
public struct Response: Sendable, Hashable, Codable {
    /// The HTTP statuses; empty when the WADL leaves them unsaid (then 200 is implied).
    public var statuses: [Int]
    public var representations: [Representation]
    /// Header params of the response.
    public var params: [Parameter]
    /// True for a 2006/10 `fault` element.
    public var isFault: Bool
    public var documentation: String?
    public var location: SourceLocation

    public init(statuses: [Int] = [], representations: [Representation] = [], params: [Parameter] = [],
                isFault: Bool = false, documentation: String? = nil, location: SourceLocation) {
        self.statuses = statuses
        self.representations = representations
        self.params = params
        self.isFault = isFault
        self.documentation = documentation
        self.location = location
    }
}
