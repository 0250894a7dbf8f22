import CUPIClient
import CUPIHTTPClientTransport
import CUPIMock
import CUPIRuntime
import Foundation
import Testing

/// A provisioning script as administrators write them, through the generated client against the
/// mock over HTTPS with a self-signed certificate: read the system, build a weekday schedule from
/// its four objects, put a new call handler on it, change its greetings and caller input, upload a
/// greeting recording and read it back, and provision a user.
@Suite("A provisioning script end to end over HTTPS")
struct ProvisioningFlowTests {
    @Test("system, schedules, call handler, greetings, audio and a user, through the generated client")
    func provisioningScript() async throws {
        let certificates = try TestCertificates()
        let configuration = MockConfiguration(hosts: ["127.0.0.1"], tls: .init(
            certificateChainPEM: certificates.serverCertificatePEM, privateKeyPEM: certificates.serverKeyPEM))
        try await withMock(configuration) { mock in
            try await withHTTPClientTransport(tls: .certificateAuthorities(pem: certificates.caPEM)) { transport in
                let cupi = CUPI(configuration: ClientConfiguration(
                    publisher: try ServerAddress("https://localhost:\(mock.server.port)"),
                    credentials: .basic(user: "admin", password: "password"), timeout: .seconds(5), retry: .quick), transport: transport)
                try await Self.run(cupi)
            }
        }
    }

    static func run(_ cupi: CUPI) async throws {
        let number = uniqueNumber()

        // The system a fresh server describes.
        let cluster = try await cupi.cluster.get()
        #expect(cluster.vmsServer.count == 1 && cluster.vmsServer.first?.clusterMemberId != nil)
        let licences = try await cupi.licenseStatusCounts.list()
        #expect(licences.licenseStatusCount.contains { $0.tagName == "LicSubscribersMax" })
        let languages = try await cupi.languageMap.get()
        #expect(languages.languageMapping.contains { $0.languageCode?.lexical == "1033" })
        let location = try #require(try await cupi.connectionLocations.list().connectionLocation.first?.objectId)

        // A weekday schedule from its four objects: set, schedule, the member linking them, the detail.
        let set = try await cupi.scheduleSets.create(ScheduleSet(displayName: DisplayName("Weekdays \(number)"), ownerLocationObjectId: location)).objectId
        let schedule = try await cupi.schedules.create(
            Schedule(displayName: DisplayName("Weekdays \(number)"), ownerLocationObjectId: location, isHoliday: false)).objectId
        _ = try await cupi.scheduleSets.scheduleSetMembers.create(
            objectId: set, ScheduleSetMember(scheduleSetObjectId: ObjectId(set), scheduleObjectId: ObjectId(schedule), exclude: false))
        _ = try await cupi.schedules.scheduleDetails.create(objectId: schedule, ScheduleDetail(
            subject: "Office hours", startTime: 480, endTime: 1020, isActiveMonday: true, isActiveTuesday: true,
            isActiveWednesday: true, isActiveThursday: true, isActiveFriday: true, isActiveSaturday: false, isActiveSunday: false))
        let members = try await cupi.scheduleSets.scheduleSetMembers.list(objectId: set)
        #expect(members.scheduleSetMember.map { $0.scheduleObjectId?.rawValue } == [schedule])
        let details = try await cupi.schedules.scheduleDetails.list(objectId: schedule)
        #expect(details.scheduleDetail.first?.startTime?.rawValue == 480 && details.scheduleDetail.first?.isActiveSaturday == false)

        // A call handler on that schedule set; its Off Hours greeting and caller input key 0.
        let handlers = cupi.handlers.callHandlers
        let handler = try await handlers.create(
            Callhandler(scheduleSetObjectId: ObjectId(set), displayName: DisplayName("Reception \(number)"), dtmfAccessId: Extension("\(number)")),
            templateObjectId: SeedData.callHandlerTemplateId).objectId
        #expect(try await handlers.get(objectId: handler).scheduleSetObjectId?.rawValue == set)
        try await handlers.greetings.update(objectId: handler, greetingType: .offHours, Greeting(playWhat: .recordedGreeting, enabled: true))
        #expect(try await handlers.greetings.get(objectId: handler, greetingType: .offHours).playWhat == .recordedGreeting)
        try await handlers.menuEntries.update(objectId: handler, touchtoneKey: .value0,
                                              MenuEntry(action: .goto, targetConversation: .phTransfer, targetHandlerObjectId: ObjectId(SeedData.operatorHandlerId)))
        let key0 = try await handlers.menuEntries.get(objectId: handler, touchtoneKey: .value0)
        #expect(key0.action == .goto && key0.targetHandlerObjectId?.rawValue == SeedData.operatorHandlerId)

        // A greeting recording, uploaded as WAV bytes and read back byte for byte.
        let recording = Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8) + Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let audio = handlers.greetings.greetingStreamFiles.audio
        try await audio.update(objectId: handler, greetingType: .offHours, languageCode: "1033", recording)
        #expect(try await audio.get(objectId: handler, greetingType: .offHours, languageCode: "1033") == recording)

        // A user whose PIN need not change at first sign-in, with an alternate extension and an
        // SMTP notification device.
        let user = try await cupi.users.create(User(alias: Alias("flow\(number)"), dtmfAccessId: Extension("\(number + 1)")),
                                               templateAlias: SeedData.voicemailUserTemplateAlias).objectId
        try await cupi.users.credential.pin.update(objectId: user, Credential(credentials: "738291", credMustChange: false))
        #expect(try await cupi.users.credential.pin.get(objectId: user).credMustChange == false)
        _ = try await cupi.users.alternateExtensions.create(objectId: user, AlternateExtension(
            idIndex: 1, dtmfAccessId: AlternateExtensionDtmfAccessId("\(number + 2)"), partitionObjectId: ObjectId(SeedData.partitionId)))
        #expect(try await cupi.users.alternateExtensions.list(objectId: user).alternateExtension.map { $0.dtmfAccessId?.rawValue } == ["\(number + 2)"])
        let device = try await cupi.users.notificationDevices.smtpDevices.create(objectId: user, SmtpDevice(
            smtpAddress: SmtpAddress("flow\(number)@example.com"), active: true, displayName: DisplayName("Email"), eventList: "AllMessages")).objectId
        #expect(try await cupi.users.notificationDevices.smtpDevices.get(objectId: user, deviceObjectId: device).smtpAddress?.rawValue
                == "flow\(number)@example.com")
    }
}
