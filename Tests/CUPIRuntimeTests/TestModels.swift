@_spi(Generated) import CUPIRuntime

// Small models written the way the generator emits them: local variables filled by a switch over
// child names, then one memberwise assignment; unknown children fall through and are skipped.

enum TransferType: Sendable, Hashable, XMLSimpleValue {
    case unsupervised, supervised, unknown(String)
    init(lexical: String) {
        switch lexical {
        case "0": self = .unsupervised
        case "1": self = .supervised
        default: self = .unknown(lexical)
        }
    }
    var lexical: String {
        switch self {
        case .unsupervised: "0"
        case .supervised: "1"
        case .unknown(let value): value
        }
    }
}

struct AlternateExtension: Sendable, Hashable, XMLElementCodable, CUPIJSONCodable, Validatable {
    var dtmfAccessId: String?
    var idIndex: Int?

    static let dtmfAccessIdRules = FacetRules(maxLength: 40, patterns: [["[0-9]{3,8}"]], kind: .string)
    static let idIndexRules = FacetRules(minInclusive: "1", maxInclusive: "10", kind: .decimal)

    init(dtmfAccessId: String? = nil, idIndex: Int? = nil) {
        self.dtmfAccessId = dtmfAccessId
        self.idIndex = idIndex
    }

    init(xml element: XMLElementReader) throws {
        var dtmfAccessId: String?
        var idIndex: Int?
        try element.forEachChild { child in
            guard child.namespace.isEmpty else { return }
            switch child.localName {
            case "DtmfAccessId": dtmfAccessId = try child.value(String.self)
            case "IdIndex": idIndex = try child.value(Int.self)
            default: break
            }
        }
        self.init(dtmfAccessId: dtmfAccessId, idIndex: idIndex)
    }

    func encode(xml element: XMLElementWriter) {
        element.element("DtmfAccessId", dtmfAccessId)
        element.element("IdIndex", idIndex)
    }

    init(json: JSONObjectReader) throws {
        self.init(dtmfAccessId: try json.value("DtmfAccessId"), idIndex: try json.value("IdIndex"))
    }

    func encode(json: JSONObjectWriter) {
        json.value("DtmfAccessId", dtmfAccessId)
        json.value("IdIndex", idIndex)
    }

    func validate(at path: String, into issues: inout [ValidationIssue]) {
        if let dtmfAccessId { Self.dtmfAccessIdRules.check(dtmfAccessId, at: ValidationIssue.path(path, "DtmfAccessId"), into: &issues) }
        if let idIndex { Self.idIndexRules.check(idIndex.lexical, at: ValidationIssue.path(path, "IdIndex"), into: &issues) }
    }
}

struct User: Sendable, Hashable, XMLElementCodable, CUPIJSONCodable, Validatable {
    var uri: String?
    var objectId: String?
    var alias: String?
    var listInDirectory: Bool?
    var transferType: TransferType?
    var rating: Double?
    var displayName: String?
    var alternateExtensions: [AlternateExtension] = []
    var extras: [AnyXMLElement] = []

    static let aliasRules = FacetRules(minLength: 1, maxLength: 64, kind: .string)

    init(xml element: XMLElementReader) throws {
        var result = User()
        result.uri = element.attribute("URI")
        try element.forEachChild { child in
            guard child.namespace.isEmpty else {
                result.extras.append(try child.capture())
                return
            }
            switch child.localName {
            case "ObjectId": result.objectId = try child.value(String.self)
            case "Alias": result.alias = try child.value(String.self)
            case "ListInDirectory": result.listInDirectory = child.isNil ? nil : try child.value(Bool.self)
            case "TransferType": result.transferType = try child.value(TransferType.self)
            case "Rating": result.rating = try child.value(Double.self)
            case "DisplayName": result.displayName = child.isNil ? nil : try child.value(String.self)
            case "AlternateExtensions":
                try child.forEachChild { item in
                    if item.localName == "AlternateExtension" { result.alternateExtensions.append(try item.decode(AlternateExtension.self)) }
                }
            default: break
            }
        }
        self = result
    }

    init(uri: String? = nil, objectId: String? = nil, alias: String? = nil, listInDirectory: Bool? = nil,
         transferType: TransferType? = nil, rating: Double? = nil, displayName: String? = nil,
         alternateExtensions: [AlternateExtension] = []) {
        self.uri = uri
        self.objectId = objectId
        self.alias = alias
        self.listInDirectory = listInDirectory
        self.transferType = transferType
        self.rating = rating
        self.displayName = displayName
        self.alternateExtensions = alternateExtensions
    }

    func encode(xml element: XMLElementWriter) {
        element.attribute("URI", uri)
        element.element("ObjectId", objectId)
        element.element("Alias", alias)
        element.element("ListInDirectory", listInDirectory)
        element.element("TransferType", transferType)
        element.element("Rating", rating)
        element.element("DisplayName", displayName)
        if !alternateExtensions.isEmpty { element.element("AlternateExtensions", AlternateExtensionList(items: alternateExtensions)) }
        for extra in extras { element.node(.element(extra)) }
    }

    init(json: JSONObjectReader) throws {
        uri = try json.attribute("URI")
        objectId = try json.value("ObjectId")
        alias = try json.value("Alias")
        listInDirectory = try json.value("ListInDirectory")
        transferType = try json.value("TransferType")
        rating = try json.value("Rating")
        displayName = try json.value("DisplayName")
        alternateExtensions = try json.decode("AlternateExtensions").map { (list: AlternateExtensionList) in list.items } ?? []
    }

    func encode(json: JSONObjectWriter) {
        json.attribute("URI", uri)
        json.value("ObjectId", objectId)
        json.value("Alias", alias)
        json.value("ListInDirectory", listInDirectory)
        json.value("TransferType", transferType)
        json.value("Rating", rating)
        json.value("DisplayName", displayName)
        if !alternateExtensions.isEmpty { json.encode("AlternateExtensions", AlternateExtensionList(items: alternateExtensions)) }
    }

    func validate(at path: String, into issues: inout [ValidationIssue]) {
        Occurrences.check(count: alias == nil ? 0 : 1, min: 1, max: 1, at: ValidationIssue.path(path, "Alias"), into: &issues)
        if let alias { Self.aliasRules.check(alias, at: ValidationIssue.path(path, "Alias"), into: &issues) }
        Occurrences.check(count: alternateExtensions.count, min: 0, max: 3,
                          at: ValidationIssue.path(path, "AlternateExtensions/AlternateExtension"), into: &issues)
        for (index, item) in alternateExtensions.enumerated() {
            item.validate(at: ValidationIssue.path(ValidationIssue.path(path, "AlternateExtensions"), "AlternateExtension", index: index), into: &issues)
        }
    }
}

struct AlternateExtensionList: Sendable, Hashable, XMLElementCodable, CUPIJSONCodable {
    var items: [AlternateExtension]
    init(items: [AlternateExtension]) { self.items = items }
    init(xml element: XMLElementReader) throws {
        var items: [AlternateExtension] = []
        try element.forEachChild { child in
            if child.localName == "AlternateExtension" { items.append(try child.decode(AlternateExtension.self)) }
        }
        self.items = items
    }
    func encode(xml element: XMLElementWriter) { element.elements("AlternateExtension", items) }
    init(json: JSONObjectReader) throws { items = try json.decodeAll("AlternateExtension") }
    func encode(json: JSONObjectWriter) { json.encodeAll("AlternateExtension", items) }
}

struct Users: Sendable, Hashable, XMLElementCodable, CUPIJSONCodable {
    var total: Int?
    var users: [User]
    init(total: Int?, users: [User]) {
        self.total = total
        self.users = users
    }
    init(xml element: XMLElementReader) throws {
        let total = try element.attribute("total").map { try Int(lexical: $0) }
        var users: [User] = []
        try element.forEachChild { child in
            if child.localName == "User", child.namespace.isEmpty { users.append(try child.decode(User.self)) }
        }
        self.init(total: total, users: users)
    }
    func encode(xml element: XMLElementWriter) {
        element.attribute("total", total)
        element.elements("User", users)
    }
    init(json: JSONObjectReader) throws {
        self.init(total: try json.attribute("total"), users: try json.decodeAll("User"))
    }
    func encode(json: JSONObjectWriter) {
        json.attribute("total", total)
        json.encodeAll("User", users)
    }
}

/// A simpleContent type: text plus an attribute.
struct Greeting: Sendable, Hashable, XMLElementCodable, CUPIJSONCodable {
    var language: String?
    var text: String
    init(language: String?, text: String) {
        self.language = language
        self.text = text
    }
    init(xml element: XMLElementReader) throws {
        self.init(language: element.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"), text: try element.value(String.self))
    }
    func encode(xml element: XMLElementWriter) {
        element.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace", language)
        element.text(text)
    }
    init(json: JSONObjectReader) throws {
        self.init(language: try json.attribute("lang"), text: try json.text() ?? "")
    }
    func encode(json: JSONObjectWriter) {
        json.attribute("lang", language)
        json.text(text)
    }
}

/// A mixed-content type: text with `<b>` children it handles and others it keeps.
struct Paragraph: Sendable, Hashable, XMLElementDecodable {
    var bold: [String] = []
    var content: [XMLNode] = []
    init(xml element: XMLElementReader) throws {
        var bold: [String] = []
        content = try element.mixedContent { child in
            guard child.localName == "b" else { return false }
            bold.append(try child.text())
            return true
        }
        self.bold = bold
    }
}
