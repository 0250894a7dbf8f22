/// Rules about the WADL side: resources, operations, params, representations and statuses.
extension DiffRule {
    static let resourceAdded = DiffRule(
        "resource-added", level: .info, summary: "A resource path appears.",
        example: "`tenants` is new, with `GET`")
    static let resourceRemoved = DiffRule(
        "resource-removed", level: .breaking, summary: "A resource path, and every method on it, is gone.",
        example: "`bookstore/recursive` (GET) is removed")
    static let operationAdded = DiffRule(
        "operation-added", level: .info, summary: "A method appears on an existing resource.",
        example: "`DELETE users/{objectId}` is new")
    static let operationRemoved = DiffRule(
        "operation-removed", level: .breaking, summary: "A method of a resource that stays is gone.",
        example: "`PUT users/{objectId}` is removed")
    static let identifierChanged = DiffRule(
        "id-changed", level: .info, summary: "A resource's or method's `id` changes; generated names derived from it change.",
        example: "resource id `thebook` → `thebooksub`")
    static let paramAddedRequired = DiffRule(
        "param-added-required", request: .breaking, response: .info,
        summary: "A required param appears: old clients do not send it.",
        example: "`POST users` gains required query param `templateAlias`")
    static let paramAddedOptional = DiffRule(
        "param-added-optional", level: .info, summary: "An optional param appears.",
        example: "`GET users` gains query param `sort`")
    static let paramRemoved = DiffRule(
        "param-removed", level: .warning,
        summary: "A param is gone: what old clients send is ignored or refused, a response header they read is missing.",
        example: "`GET users` loses query param `sort`")
    static let paramBecameRequired = DiffRule(
        "param-became-required", request: .breaking, response: .info,
        summary: "An optional param becomes required.",
        example: "query param `templateAlias`: required=\"false\" → required=\"true\"")
    static let paramBecameOptional = DiffRule(
        "param-became-optional", request: .info, response: .warning,
        summary: "A required param becomes optional: a response header may now be missing.",
        example: "query param `templateAlias`: required=\"true\" → required=\"false\"")
    static let representationAdded = DiffRule(
        "representation-added", level: .info, summary: "A media type appears in a request or response.",
        example: "`GET users` 200 gains `application/json`")
    static let representationRemoved = DiffRule(
        "representation-removed", level: .breaking,
        summary: "A media type is gone from a request or response.",
        example: "`GET users` 200 loses `application/json`")
    static let representationElementChanged = DiffRule(
        "representation-element-changed", level: .breaking,
        summary: "A representation carries another element whose type is not the same structure.",
        example: "`application/xml` of `GET users`: `User` → `UserSummary`")
    static let statusAdded = DiffRule(
        "status-added", request: .info, response: .info, summary: "A response status appears.",
        example: "`GET users` may answer 429")
    static let successStatusRemoved = DiffRule(
        "success-status-removed", level: .breaking,
        summary: "A success status (1xx–3xx) is gone: clients that wait for it fail.",
        example: "`POST users` no longer answers 201")
    static let errorStatusRemoved = DiffRule(
        "error-status-removed", level: .info,
        summary: "An error status (4xx–5xx) is no longer documented.",
        example: "`POST servers/{id}/action` no longer answers 403")

    static let apiRules: [DiffRule] = [
        resourceAdded, resourceRemoved, operationAdded, operationRemoved, identifierChanged,
        paramAddedRequired, paramAddedOptional, paramRemoved, paramBecameRequired, paramBecameOptional,
        representationAdded, representationRemoved, representationElementChanged,
        statusAdded, successStatusRemoved, errorStatusRemoved,
    ]
}
