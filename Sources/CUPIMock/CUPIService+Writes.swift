import CUPIRuntime
import Foundation

/// Creates and partial updates: validation, templates, uniqueness of aliases and extensions.
extension CUPIService {
    /// Fields a create must carry, by element (the guide's "mandatory" fields).
    static let requiredOnCreate: [String: [String]] = [
        "User": ["Alias", "DtmfAccessId"], "Contact": ["Alias"], "DistributionList": ["Alias"],
        "Callhandler": ["DisplayName"], "AlternateExtension": ["DtmfAccessId"], "UserTemplate": ["Alias"],
    ]
    /// Elements whose `Alias` is unique within their collection.
    static let uniqueAlias: Set<String> = ["User", "Contact", "DistributionList", "UserTemplate"]
    /// Collections whose objects own an extension (`DtmfAccessId`), which is unique across all of them.
    static func ownsExtensions(_ key: String) -> Bool {
        key == "users" || key == "adminusers" || key == "handlers/callhandlers" || key.hasSuffix("/alternateextensions")
    }
    /// Settings an object takes from its template when the request does not set them.
    static let templateFields = ["PartitionObjectId", "CosObjectId", "MediaSwitchObjectId",
                                 "SearchByExtensionSearchSpaceObjectId", "Language", "TimeZone"]

    func create(_ match: RouteMatch, element: String, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        var object = try decodeBody(element, request)
        for field in Self.requiredOnCreate[element] ?? [] where (object.field(field) ?? "").isEmpty {
            throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "\(field) is required to create a \(element)")
        }
        let key = match.collectionKey
        let id = ScheduleLinks.id(of: object, element: element) ?? UUID().uuidString.lowercased()
        let uri = "/vmrest/\(key)/\(id)"
        try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: true)
            try applyTemplate(to: &object, element: element, request.parameters, state)
            try checkUnique(object, element: element, key: key, excluding: nil, in: state)
            if state.collections[key]?.objects[id] != nil {
                throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "\(uri) exists already")
            }
            if element == "DistributionListMember" { try prepareMember(&object, listId: match.segments[1], state) }
            object.removeField("ObjectId")
            object.removeField("URI")
            let parentId = match.route.segments.dropLast().last.flatMap { $0 == nil ? match.segments[match.segments.count - 2] : nil }
            for (name, value) in ScheduleLinks.fields(for: element, uri: uri, object: object, parentId: parentId) { object.setField(name, value) }
            object.children.insert(contentsOf: [.element(AnyXMLElement(localName: "URI", children: [.text(uri)]))]
                + (ScheduleLinks.hasObjectId(element) ? [.element(AnyXMLElement(localName: "ObjectId", children: [.text(id)]))] : []), at: 0)
            state.collections[key, default: .init()].put(id, object)
            if element == "Callhandler" {
                CallHandlerChildren.seed(&state, handlerKey: key, handlerId: id, names: CallHandlerChildren.handlerNames)
            }
        }
        return MockResponse(status: 201, headers: [("Content-Type", "text/plain"), ("Location", uri)], body: Data(uri.utf8))
    }

    func update(_ match: RouteMatch, element: String, _ request: ServiceRequest) throws(ServiceFailure) -> MockResponse {
        var changes = try decodeBody(element, request)
        // Identity is the server's: a body cannot move an object to another id or URI.
        changes.removeField("ObjectId")
        changes.removeField("URI")
        if !match.isItem {
            try updateSingleton(match, element: element, changes)
            return MockResponse(status: match.route.successStatus)
        }
        try withExisting(match) { state, object throws(ServiceFailure) in
            let id = state.collections[match.parentKey]?.storedId(match.itemId) ?? match.itemId
            try checkUnique(changes, element: element, key: match.parentKey, excluding: id, in: state)
            var merged = object
            merged.merge(changes)
            state.collections[match.parentKey]?.put(id, merged)
        }
        return MockResponse(status: match.route.successStatus)
    }

    /// `credential/pin`, `credential/password` and other one-object resources: the secret is
    /// kept apart and never stored in what GET returns.
    private func updateSingleton(_ match: RouteMatch, element: String, _ changes: AnyXMLElement) throws(ServiceFailure) {
        var metadata = changes
        let secret = metadata.field("Credentials")
        metadata.removeField("Credentials")
        try store.withState { state throws(ServiceFailure) in
            try checkParents(match, in: state, includingLast: true)
            let key = match.collectionKey
            var stored = state.collections[key]?.objects[""] ?? Self.initialSingleton(match, element: element) ?? AnyXMLElement(localName: element)
            stored.merge(metadata)
            if let secret {
                state.secrets[key] = secret
                stored.setField("TimeChanged", Self.timestamp())
            }
            state.collections[key, default: .init()].put("", stored)
        }
    }

    private func decodeBody(_ element: String, _ request: ServiceRequest) throws(ServiceFailure) -> AnyXMLElement {
        do {
            return try codec.decode(request.body, format: request.bodyFormat, element: element)
        } catch {
            throw ServiceFailure.badRequest(error)
        }
    }

    /// Copies the template's settings the request leaves unset; an unknown template is a 400.
    private func applyTemplate(to object: inout AnyXMLElement, element: String, _ parameters: [String: String], _ state: MockStore.State) throws(ServiceFailure) {
        let template: AnyXMLElement?
        if let alias = parameters["templateAlias"] {
            let key = element == "Contact" ? "contacttemplates" : "usertemplates"
            template = state.collections[key]?.items.first { $0.field("Alias")?.caseInsensitiveCompare(alias) == .orderedSame }
            if template == nil { throw ServiceFailure(status: 400, code: "INVALID_PARAMETER", message: "no template with alias \(alias)") }
        } else if let id = parameters["templateObjectId"] {
            template = state.collections["callhandlertemplates"]?.objects[id.lowercased()]
            if template == nil { throw ServiceFailure(status: 400, code: "INVALID_PARAMETER", message: "no call handler template \(id)") }
        } else {
            template = nil
        }
        guard let template else { return }
        for name in Self.templateFields where object.field(name) == nil {
            if let value = template.field(name) { object.setField(name, value) }
        }
    }

    /// A duplicate alias (in the same collection) or extension (anywhere) is a 400.
    private func checkUnique(_ object: AnyXMLElement, element: String, key: String, excluding id: String?, in state: MockStore.State) throws(ServiceFailure) {
        if Self.uniqueAlias.contains(element), let alias = object.field("Alias"), let collection = state.collections[key] {
            let taken = collection.ids.contains { other in
                other != id && collection.objects[other]?.field("Alias")?.caseInsensitiveCompare(alias) == .orderedSame
            }
            if taken { throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "the alias \(alias) is already in use") }
        }
        guard let extensionNumber = object.field("DtmfAccessId"), !extensionNumber.isEmpty else { return }
        for (collectionKey, collection) in state.collections where Self.ownsExtensions(collectionKey) {
            let taken = collection.ids.contains { other in
                !(collectionKey == key && other == id) && collection.objects[other]?.field("DtmfAccessId") == extensionNumber
            }
            if taken { throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "the extension \(extensionNumber) is already in use") }
        }
    }

    /// A member names an existing user (or user template) or list, once; it takes their names.
    private func prepareMember(_ member: inout AnyXMLElement, listId: String, _ state: MockStore.State) throws(ServiceFailure) {
        let target: AnyXMLElement?
        let targetId: String
        if let user = member.field("MemberUserObjectId") {
            targetId = user
            target = state.collections["users"]?.objects[user] ?? state.collections["usertemplates"]?.objects[user]
        } else if let list = member.field("MemberDistributionListObjectId") {
            targetId = list
            target = list == listId ? nil : state.collections["distributionlists"]?.objects[list]
        } else {
            throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "MemberUserObjectId or MemberDistributionListObjectId is required")
        }
        guard let target else { throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "no user or list \(targetId) to add") }
        let members = state.collections["distributionlists/\(listId)/distributionlistmembers"]?.items ?? []
        if members.contains(where: { $0.field("MemberUserObjectId") == targetId || $0.field("MemberDistributionListObjectId") == targetId }) {
            throw ServiceFailure(status: 400, code: "DATA_EXCEPTION", message: "\(targetId) is already a member")
        }
        member.setField("DistributionListObjectId", listId)
        for name in ["Alias", "DisplayName"] {
            if let value = target.field(name) { member.setField(name, value) }
        }
    }

    /// CUPI's credential time format, `yyyy-MM-dd HH:mm:ss.SSS`, in UTC.
    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.string(from: Date())
    }
}
