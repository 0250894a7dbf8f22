import CUPIClient
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

@Suite("Distribution lists, call handlers and contacts through the generated client")
struct DirectoryObjectTests {
    @Test("distribution list: create, read, update, add and remove members, delete", arguments: [WireFormat.xml, .json])
    func distributionList(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let userId = try await cupi.users.create(User(alias: Alias("member\(number)"), dtmfAccessId: Extension("\(number)")),
                                                     templateAlias: SeedData.voicemailUserTemplateAlias).objectId
            let listId = try await cupi.distributionLists.create(
                DistributionList(alias: Alias("sales\(number)"), displayName: DisplayName("Sales \(number)"))).objectId
            #expect(try await cupi.distributionLists.get(objectId: listId).alias?.rawValue == "sales\(number)")

            try await cupi.distributionLists.update(objectId: listId, DistributionList(allowContacts: true))
            let updated = try await cupi.distributionLists.get(objectId: listId)
            #expect(updated.allowContacts == true)
            #expect(updated.displayName?.rawValue == "Sales \(number)")

            let members = cupi.distributionLists.distributionListMembers
            let memberId = try await members.add(objectId: listId, DistributionListMember(memberUserObjectId: ObjectId(userId))).objectId
            let nested = try await members.add(objectId: listId, DistributionListMember(memberDistributionListObjectId: ObjectId(SeedData.allVoicemailUsersListId))).objectId
            var listed = try await members.list(objectId: listId)
            #expect(listed.total?.rawValue == 2)
            #expect(listed.distributionListMember.first?.alias?.rawValue == "member\(number)")
            try await members.remove(objectId: listId, memberObjectId: memberId)
            listed = try await members.list(objectId: listId)
            #expect(listed.distributionListMember.map(\.objectId?.rawValue) == [nested], "a one-member list decodes too (JSON: an object, not an array)")

            try await cupi.distributionLists.delete(objectId: listId)
            #expect(mock.server.store.object(in: "distributionlists", id: listId) == nil)
            #expect(mock.server.store.objects(in: "distributionlists/\(listId)/distributionlistmembers").isEmpty)
            // The seeded system lists are there, and cannot be deleted.
            #expect(try await cupi.distributionLists.count(query: .is(.alias, "allvoicemailusers")) == 1)
            await #expect(throws: CUPIError.self) { try await cupi.distributionLists.delete(objectId: SeedData.allVoicemailUsersListId) }
        }
    }

    @Test("call handler: create from a template, update a greeting and a transfer option, read menu entries, delete", arguments: [WireFormat.xml, .json])
    func callHandler(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let id = try await cupi.handlers.callHandlers.create(
                Callhandler(displayName: DisplayName("Main menu \(number)"), dtmfAccessId: Extension("\(number)")),
                templateObjectId: SeedData.callHandlerTemplateId).objectId
            #expect(try await cupi.handlers.callHandlers.get(objectId: id).displayName?.rawValue == "Main menu \(number)")

            // "Off Hours" travels as one path segment with an encoded space.
            try await cupi.handlers.callHandlers.greetings.update(objectId: id, greetingType: .offHours, Greeting(playWhat: .recordedGreeting, enabled: true))
            let greeting = try await cupi.handlers.callHandlers.greetings.get(objectId: id, greetingType: .offHours)
            #expect(greeting.playWhat == .recordedGreeting)
            #expect(greeting.greetingType == .offHours)
            #expect(try await cupi.handlers.callHandlers.greetings.list(objectId: id).greeting.count == 7)

            try await cupi.handlers.callHandlers.transferOptions.update(objectId: id, transferOptionType: .alternate,
                                                               TransferOption(action: .transfer, extension: DialString("\(number + 1)"), transferRings: 6))
            let option = try await cupi.handlers.callHandlers.transferOptions.get(objectId: id, transferOptionType: .alternate)
            #expect(option.extension?.rawValue == "\(number + 1)")
            #expect(option.transferRings?.rawValue == 6)

            let entries = try await cupi.handlers.callHandlers.menuEntries.list(objectId: id)
            #expect(Set(entries.menuEntry.compactMap(\.touchtoneKey?.rawValue)) == Set(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]))
            // The generated option names for these keys are `.value` and `.value10`; the raw values say what they are.
            for key in ["*", "#"] {
                let option = try #require(CUPI.HandlersEndpoints.CallHandlersEndpoints.MenuEntriesEndpoints.TouchtoneKeyOption(rawValue: key))
                #expect(try await cupi.handlers.callHandlers.menuEntries.get(objectId: id, touchtoneKey: option).touchtoneKey?.rawValue == key)
            }

            try await cupi.handlers.callHandlers.delete(objectId: id)
            await #expect(throws: CUPIError.self) { try await cupi.handlers.callHandlers.greetings.get(objectId: id, greetingType: .standard) }
            #expect(mock.server.store.objects(in: "handlers/callhandlers/\(id)/greetings").isEmpty)
        }
    }

    @Test("contact: create from a template, read, update, delete", arguments: [WireFormat.xml, .json])
    func contact(format: WireFormat) async throws {
        try await withMock { mock in
            let cupi = try mock.client(format)
            let number = uniqueNumber()
            let id = try await cupi.contacts.create(Contact(alias: Alias("ext\(number)"), firstName: "Pat", lastName: "Vendor"),
                                                    templateAlias: SeedData.contactTemplateAlias).objectId
            #expect(try await cupi.contacts.get(objectId: id).lastName?.rawValue == "Vendor")
            try await cupi.contacts.update(objectId: id, Contact(displayName: DisplayName("Pat at Vendor")))
            let contact = try await cupi.contacts.get(objectId: id)
            #expect(contact.displayName?.rawValue == "Pat at Vendor")
            #expect(contact.firstName?.rawValue == "Pat")
            try await cupi.contacts.delete(objectId: id)
            #expect(try await cupi.contacts.count() == 0)
            await #expect(throws: CUPIError.self) {
                _ = try await cupi.contacts.create(Contact(alias: "x"), templateAlias: "nosuchtemplate")
            }
        }
    }
}
