import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Users through the generated client")
struct UserTests {
    @Test("create from a template, read, update, delete", arguments: [WireFormat.xml, .json])
    func lifecycle(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let created = try await cupi.users.create(
                User(firstName: "Jo", lastName: "Doe", alias: Alias("jdoe\(number)"), dtmfAccessId: Extension("\(number)")),
                templateAlias: SeedData.voicemailUserTemplateAlias)
            #expect(created.uri == "/vmrest/users/\(created.objectId)")

            var user = try await cupi.users.get(objectId: created.objectId)
            #expect(user.alias?.rawValue == "jdoe\(number)")
            #expect(user.objectId?.rawValue == created.objectId)
            // The template supplied what the request left out.
            #expect(user.cosObjectId?.rawValue == SeedData.cosId)

            try await cupi.users.update(objectId: created.objectId, User(displayName: "Jo Doe (Sales)"))
            user = try await cupi.users.get(objectId: created.objectId)
            #expect(user.displayName?.rawValue == "Jo Doe (Sales)")
            #expect(user.firstName?.rawValue == "Jo", "a partial PUT keeps the fields it does not name")

            try await cupi.users.delete(objectId: created.objectId)
            await #expect(throws: CUPIError.self) { try await cupi.users.get(objectId: created.objectId) }
            #expect(mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count)
        }
    }

    @Test("list with a query and paging over 250 users", arguments: [WireFormat.xml, .json])
    func queryAndPaging(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<250 {
                    group.addTask {
                        let prefix = index % 2 == 0 ? "even" : "odd"
                        _ = try await cupi.users.create(User(alias: Alias("\(prefix)\(1000 + index)"), dtmfAccessId: Extension("\(50_000 + index)")),
                                                        templateAlias: SeedData.voicemailUserTemplateAlias)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await cupi.users.count() == SeedData.defaultUserAliases.count + 250)
            #expect(try await cupi.users.count(query: .startsWith(.alias, "EVEN")) == 125, "columns and values ignore case")
            let page = try await cupi.users.list(query: .startsWith(.alias, "odd"), sort: .descending(.alias), rowsPerPage: 50, pageNumber: 2)
            #expect(page.total?.rawValue == 125)
            #expect(page.user.count == 50)
            #expect(page.user.first?.alias?.rawValue == "odd1149")
            var seen = Set<String>()
            for try await user in cupi.users.all(query: .startsWith(.alias, "odd"), rowsPerPage: 40) {
                seen.insert(user.alias?.rawValue ?? "")
            }
            #expect(seen.count == 125)
            let one = try await cupi.users.list(query: .is(.alias, "even1000"))
            #expect(one.user.map(\.alias?.rawValue) == ["even1000"])
            #expect(try await cupi.users.count(query: .isNull(.emailAddress)) == SeedData.defaultUserAliases.count + 250)
            #expect(try await cupi.users.count(query: .isNotNull(.emailAddress)) == 0)
            #expect(try await cupi.users.count(query: .isNotNull(.alias)) == SeedData.defaultUserAliases.count + 250)
        }
    }

    @Test("reset the password and the PIN; the secret is never returned", arguments: [WireFormat.xml, .json])
    func credentials(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let id = try await cupi.users.create(User(alias: Alias("pin\(number)"), dtmfAccessId: Extension("\(number)")),
                                                 templateAlias: SeedData.voicemailUserTemplateAlias).objectId
            try await cupi.users.credential.pin.update(objectId: id, Credential(credentials: "738291"))
            try await cupi.users.credential.password.update(objectId: id, Credential(credentials: "Secr3tPassw0rd"))
            let pin = try await cupi.users.credential.pin.get(objectId: id)
            #expect(pin.credentials == nil)
            #expect(pin.credentialType == .pin)
            #expect(pin.timeChanged != nil)
            #expect(mock.server.store.secret(for: "users/\(id)/credential/pin") == "738291")
            #expect(mock.server.store.secret(for: "users/\(id)/credential/password") == "Secr3tPassw0rd")
        }
    }

    @Test("an alternate extension is added; a duplicate extension or alias is refused", arguments: [WireFormat.xml, .json])
    func alternateExtensionAndDuplicates(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let id = try await cupi.users.create(User(alias: Alias("alt\(number)"), dtmfAccessId: Extension("\(number)")),
                                                 templateAlias: SeedData.voicemailUserTemplateAlias).objectId
            _ = try await cupi.users.alternateExtensions.create(
                objectId: id, AlternateExtension(idIndex: 1, dtmfAccessId: AlternateExtensionDtmfAccessId("\(number + 1)"), partitionObjectId: ObjectId(SeedData.partitionId)))
            let extensions = try await cupi.users.alternateExtensions.list(objectId: id)
            #expect(extensions.alternateExtension.map(\.dtmfAccessId?.rawValue) == ["\(number + 1)"])

            for duplicate in [User(alias: Alias("other\(number)"), dtmfAccessId: Extension("\(number + 1)")), User(alias: Alias("ALT\(number)"), dtmfAccessId: Extension("\(number + 2)"))] {
                do {
                    _ = try await cupi.users.create(duplicate, templateAlias: SeedData.voicemailUserTemplateAlias)
                    Issue.record("a duplicate was accepted")
                } catch CUPIError.http(let status, let details, _) {
                    #expect(status == 400)
                    #expect(details.first?.message.contains("already in use") == true)
                }
            }
            #expect(mock.server.store.objects(in: "users").count == SeedData.defaultUserAliases.count + 1)
        }
    }
}
