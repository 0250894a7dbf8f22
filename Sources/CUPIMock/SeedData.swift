import CUPIRuntime

/// The objects a fresh Unity Connection has, which the provisioning calls refer to: templates to
/// create from, the partition and search space extensions live in, a class of service, the
/// system distribution lists, the default users and call handlers, the schedules and schedule
/// sets, the Connection location and the cluster's server, languages and licence counts. Ids are
/// fixed so tests and scripts can name them.
public enum SeedData {
    /// The voicemail user template's alias, the usual `templateAlias` for a user.
    public static let voicemailUserTemplateAlias = "voicemailusertemplate"
    /// The administrator template's alias, for admin users.
    public static let administratorTemplateAlias = "administratortemplate"
    /// The system contact template's alias.
    public static let contactTemplateAlias = "systemcontacttemplate"
    /// The system call-handler template's id (call handlers name their template by id).
    public static let callHandlerTemplateId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000001"
    /// The default partition's id.
    public static let partitionId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000002"
    /// The default search space's id.
    public static let searchSpaceId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000003"
    /// The voicemail class of service's id.
    public static let cosId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000004"
    /// The phone system's id.
    public static let phoneSystemId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000005"
    /// The `allvoicemailusers` system distribution list's id.
    public static let allVoicemailUsersListId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000010"
    /// The Connection location's id: the server that homes every object.
    public static let locationId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000030"
    /// The schedule sets All Hours and Weekdays, and the schedules All Hours, Weekdays and Holidays.
    public static let allHoursScheduleSetId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000040"
    /// The Weekdays schedule set's id.
    public static let weekdaysScheduleSetId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000041"
    /// The All Hours schedule's id.
    public static let allHoursScheduleId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000042"
    /// The Weekdays schedule's id.
    public static let weekdaysScheduleId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000043"
    /// The Holidays schedule's id (a holiday schedule).
    public static let holidaysScheduleId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000044"
    /// The system call handlers Opening Greeting, Operator and Goodbye.
    public static let openingGreetingId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000050"
    /// The Operator call handler's id.
    public static let operatorHandlerId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000051"
    /// The Goodbye call handler's id.
    public static let goodbyeHandlerId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000052"
    /// The default users `operator` and `undeliverablemessagesmailbox`.
    public static let operatorUserId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000060"
    /// The `undeliverablemessagesmailbox` user's id.
    public static let undeliverableUserId = "5a1e8a5c-0c1a-4c5e-9a0b-000000000061"
    /// The aliases of the users every server has before any is created.
    public static let defaultUserAliases = ["operator", "undeliverablemessagesmailbox"]

    /// Collection key → objects, each as (id, element name, fields).
    static var collections: [(key: String, objects: [(id: String, element: String, fields: [(String, String)])])] {
        let common = [("PartitionObjectId", partitionId), ("CosObjectId", cosId), ("MediaSwitchObjectId", phoneSystemId),
                      ("SearchByExtensionSearchSpaceObjectId", searchSpaceId), ("Language", "1033"), ("TimeZone", "4")]
        return [
            ("usertemplates", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000020", "UserTemplate",
                 [("Alias", voicemailUserTemplateAlias), ("DisplayName", "Voice Mail User Template")] + common),
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000021", "UserTemplate",
                 [("Alias", administratorTemplateAlias), ("DisplayName", "Administrator Template")] + common),
            ]),
            ("contacttemplates", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000022", "ContactTemplate",
                 [("Alias", contactTemplateAlias), ("DisplayName", "System Contact Template"), ("PartitionObjectId", partitionId)]),
            ]),
            ("callhandlertemplates", [
                (callHandlerTemplateId, "CallhandlerTemplate",
                 [("DisplayName", "System Call Handler Template")] + common),
            ]),
            ("partitions", [(partitionId, "Partition", [("Name", "Default Partition")])]),
            ("searchspaces", [(searchSpaceId, "SearchSpace", [("Name", "Default Search Space")])]),
            ("coses", [(cosId, "Cos", [("DisplayName", "Voice Mail User COS")])]),
            ("phonesystems", [(phoneSystemId, "PhoneSystem", [("DisplayName", "PhoneSystem")])]),
            ("users", [
                (operatorUserId, "User", [("Alias", "operator"), ("DisplayName", "Operator"), ("FirstName", "Operator"),
                                          ("IsTemplate", "false"), ("Undeletable", "true")] + common),
                (undeliverableUserId, "User", [("Alias", "undeliverablemessagesmailbox"), ("DisplayName", "Undeliverable Messages Mailbox"),
                                               ("IsTemplate", "false"), ("Undeletable", "true")] + common),
            ]),
            ("handlers/callhandlers", [
                (openingGreetingId, "Callhandler", [("DisplayName", "Opening Greeting"), ("IsPrimary", "false"), ("Undeletable", "true"),
                                                    ("ScheduleSetObjectId", weekdaysScheduleSetId)] + common),
                (operatorHandlerId, "Callhandler", [("DisplayName", "Operator"), ("IsPrimary", "false"), ("Undeletable", "true"),
                                                    ("ScheduleSetObjectId", allHoursScheduleSetId)] + common),
                (goodbyeHandlerId, "Callhandler", [("DisplayName", "Goodbye"), ("IsPrimary", "false"), ("Undeletable", "true"),
                                                   ("ScheduleSetObjectId", allHoursScheduleSetId)] + common),
            ]),
            ("schedulesets", [
                (allHoursScheduleSetId, "ScheduleSet", [("DisplayName", "All Hours"), ("OwnerLocationObjectId", locationId), ("Undeletable", "true")]),
                (weekdaysScheduleSetId, "ScheduleSet", [("DisplayName", "Weekdays"), ("OwnerLocationObjectId", locationId), ("Undeletable", "true")]),
            ]),
            // A set's members are keyed by the schedule they name.
            ("schedulesets/\(allHoursScheduleSetId)/schedulesetmembers", [
                (allHoursScheduleId, "ScheduleSetMember", [("ScheduleSetObjectId", allHoursScheduleSetId), ("ScheduleObjectId", allHoursScheduleId), ("Exclude", "false")]),
            ]),
            ("schedulesets/\(weekdaysScheduleSetId)/schedulesetmembers", [
                (weekdaysScheduleId, "ScheduleSetMember", [("ScheduleSetObjectId", weekdaysScheduleSetId), ("ScheduleObjectId", weekdaysScheduleId), ("Exclude", "false")]),
                (holidaysScheduleId, "ScheduleSetMember", [("ScheduleSetObjectId", weekdaysScheduleSetId), ("ScheduleObjectId", holidaysScheduleId), ("Exclude", "true")]),
            ]),
            ("schedules", [
                (allHoursScheduleId, "Schedule", [("DisplayName", "All Hours"), ("OwnerLocationObjectId", locationId), ("IsHoliday", "false"), ("Undeletable", "true")]),
                (weekdaysScheduleId, "Schedule", [("DisplayName", "Weekdays"), ("OwnerLocationObjectId", locationId), ("IsHoliday", "false"), ("Undeletable", "true")]),
                (holidaysScheduleId, "Schedule", [("DisplayName", "Holidays"), ("OwnerLocationObjectId", locationId), ("IsHoliday", "true"), ("Undeletable", "true")]),
            ]),
            // Start and end are minutes after midnight; left out, the day's start and end.
            ("schedules/\(allHoursScheduleId)/scheduledetails", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000045", "ScheduleDetail",
                 [("ScheduleObjectId", allHoursScheduleId), ("Subject", "All Hours")] + days(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])),
            ]),
            ("schedules/\(weekdaysScheduleId)/scheduledetails", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000046", "ScheduleDetail",
                 [("ScheduleObjectId", weekdaysScheduleId), ("Subject", "Weekdays"), ("StartTime", "480"), ("EndTime", "1020")]
                 + days(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])),
            ]),
            ("locations/connectionlocations", [
                (locationId, "ConnectionLocation", [("DisplayName", "cuc-pub"), ("SystemVersion", version), ("HostAddress", "127.0.0.1"),
                                                    ("IsPrimary", "true")]),
            ]),
            ("cluster", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000031", "VmsServer",
                 [("ServerName", "cuc-pub"), ("IpAddress", "127.0.0.1"), ("VmsServerObjectId", "5a1e8a5c-0c1a-4c5e-9a0b-000000000031"),
                  ("ClusterMemberId", "0"), ("ServerState", "1"), ("HostName", "cuc-pub.example.com"), ("ServerDisplayState", "3"),
                  ("IpAddressV6", "::1"), ("SubToPerformReplicationRole", "false")]),
            ]),
            ("licensestatuscounts", [
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000070", "LicenseStatusCount",
                 [("TagName", "LicSubscribersMax"), ("Count", "2"), ("featureName", "CUC_BasicMessaging"), ("description", "Total Number of Voicemail users")]),
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000071", "LicenseStatusCount",
                 [("TagName", "LicSrsvCuceSubscribersMax"), ("Count", "0"), ("featureName", "CUC_EnhancedMessaging"), ("description", "Total Number of Enhanced Messaging Users")]),
            ]),
            ("languagemap", languages), ("installedlanguages", languages),
            ("distributionlists", [
                (allVoicemailUsersListId, "DistributionList",
                 [("Alias", "allvoicemailusers"), ("DisplayName", "All Voice Mail Users"), ("Undeletable", "true"), ("PartitionObjectId", partitionId)]),
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000011", "DistributionList",
                 [("Alias", "undeliverablemessages"), ("DisplayName", "Undeliverable Messages"), ("Undeletable", "true"), ("PartitionObjectId", partitionId)]),
                ("5a1e8a5c-0c1a-4c5e-9a0b-000000000012", "DistributionList",
                 [("Alias", "allvoicemailenabledcontacts"), ("DisplayName", "All Voicemail-Enabled Contacts"), ("Undeletable", "true"), ("PartitionObjectId", partitionId)]),
            ]),
        ]
    }

    /// The release the mock says it runs (`/vmrest/version`, the location's `SystemVersion`).
    static let version = "14.0.1.10000-1"

    /// `IsActive<Day>` true for each of `days`, false for the others.
    private static func days(_ days: [String]) -> [(String, String)] {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { ("IsActive" + $0, days.contains($0) ? "true" : "false") }
    }

    /// US English, the language a fresh server installs.
    private static let languages: [(id: String, element: String, fields: [(String, String)])] = [
        ("1033", "LanguageMapping", [("LanguageCode", "1033"), ("LanguageAbbreviation", "ENU"), ("LanguageTag", "en-US")]),
    ]

    /// Fills `state` with the default objects.
    static func seed(_ state: inout MockStore.State) {
        for (key, objects) in collections {
            for (id, element, fields) in objects {
                var object = AnyXMLElement(localName: element)
                object.setField("URI", "/vmrest/\(key)/\(id)")
                object.setField("ObjectId", id)
                for (name, value) in fields { object.setField(name, value) }
                state.collections[key, default: .init()].put(id, object)
            }
        }
        var version = AnyXMLElement(localName: "VersionInformation")
        version.setField("name", "vmrest")
        version.setField("version", Self.version)
        state.collections["version", default: .init()].put("", version)
        // The template's own greetings, transfer options and caller input, as a new handler's; and
        // the system handlers' own.
        CallHandlerChildren.seed(&state, handlerKey: "callhandlertemplates", handlerId: callHandlerTemplateId,
                                 names: CallHandlerChildren.templateNames)
        for handler in [openingGreetingId, operatorHandlerId, goodbyeHandlerId] {
            CallHandlerChildren.seed(&state, handlerKey: "handlers/callhandlers", handlerId: handler, names: CallHandlerChildren.handlerNames)
        }
    }
}
