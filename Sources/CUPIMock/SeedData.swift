import CUPIRuntime

/// The objects a fresh Unity Connection has, which the provisioning calls refer to: templates to
/// create from, the partition and search space extensions live in, a class of service, and the
/// system distribution lists. Ids are fixed so tests and scripts can name them.
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
        version.setField("version", "14.0.1.10000-1")
        state.collections["version", default: .init()].put("", version)
        // The template's own greetings, transfer options and caller input, as a new handler's.
        CallHandlerChildren.seed(&state, handlerKey: "callhandlertemplates", handlerId: callHandlerTemplateId,
                                 names: CallHandlerChildren.templateNames)
    }
}
