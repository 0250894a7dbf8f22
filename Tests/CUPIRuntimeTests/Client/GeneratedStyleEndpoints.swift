import CUPIRuntime

// Endpoint code written the way the generator emits it (the shape in the client contract), so the
// tests exercise the runtime through the same calls generated code makes.

enum UserColumn: String, QueryColumn {
    case alias = "alias"
    case emailAddress = "emailaddress"
}

struct UsersEndpoint: Sendable {
    let client: APIClient

    func list(
        query: Query<UserColumn>? = nil, sort: Sort<UserColumn>? = nil, rowsPerPage: Int? = nil, pageNumber: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws -> Users {
        var request = OperationRequest(method: .get, path: "users", options: options)
        request.query.append(query: "query", query?.rawValue)
        request.query.append(query: "sort", sort?.rawValue)
        request.query.append("rowsPerPage", rowsPerPage)
        request.query.append("pageNumber", pageNumber)
        let response = try await client.perform(request)
        switch response.status {
        case 200: return try client.decode(Users.self, rootName: "Users", from: response)
        default: throw client.failure(response)
        }
    }

    func create(_ body: User, templateAlias: String, options: RequestOptions = RequestOptions()) async throws -> CreatedObject {
        var request = OperationRequest(method: .post, path: "users", options: options)
        request.query.append("templateAlias", templateAlias)
        request.body = RequestBody(body, rootName: "User")
        let response = try await client.perform(request)
        switch response.status {
        case 201: return try client.created(response)
        default: throw client.failure(response)
        }
    }

    func get(objectId: String, options: RequestOptions = RequestOptions()) async throws -> User {
        var request = OperationRequest(method: .get, path: "users/{objectId}", options: options)
        request.pathParameters["objectId"] = objectId.lexical
        let response = try await client.perform(request)
        switch response.status {
        case 200: return try client.decode(User.self, rootName: "User", from: response)
        default: throw client.failure(response)
        }
    }

    func update(objectId: String, _ body: User, options: RequestOptions = RequestOptions()) async throws {
        var request = OperationRequest(method: .put, path: "users/{objectId}", options: options)
        request.pathParameters["objectId"] = objectId.lexical
        request.body = RequestBody(body, rootName: "User")
        let response = try await client.perform(request)
        switch response.status {
        case 204: return
        default: throw client.failure(response)
        }
    }

    func delete(objectId: String, options: RequestOptions = RequestOptions()) async throws {
        var request = OperationRequest(method: .delete, path: "users/{objectId}", options: options)
        request.pathParameters["objectId"] = objectId.lexical
        let response = try await client.perform(request)
        switch response.status {
        case 200, 204: return
        default: throw client.failure(response)
        }
    }

    func all(query: Query<UserColumn>? = nil, sort: Sort<UserColumn>? = nil, rowsPerPage: Int = 100) -> PagedSequence<User> {
        PagedSequence(rowsPerPage: rowsPerPage) { pageNumber, rowsPerPage in
            let page = try await list(query: query, sort: sort, rowsPerPage: rowsPerPage, pageNumber: pageNumber)
            return Page(items: page.users, total: page.total)
        }
    }

    func count(query: Query<UserColumn>? = nil) async throws -> Int {
        let page = try await list(query: query, rowsPerPage: 0)
        return page.total ?? page.users.count
    }
}

/// A menu-entry resource whose key is `*`, `#` or a digit, nested under a call handler.
struct MenuEntriesEndpoint: Sendable {
    let client: APIClient

    func get(callHandlerObjectId: String, touchtoneKey: String) async throws -> OperationResponse {
        var request = OperationRequest(method: .get, path: "handlers/callhandlers/{id}/menuentries/{key}")
        request.pathParameters["id"] = callHandlerObjectId
        request.pathParameters["key"] = touchtoneKey
        return try await client.perform(request)
    }
}
