import CUPIRuntime

/// What the server adds to schedule objects it creates, as the guide's examples print them: the
/// links to their owner, their parts and their parent. A schedule set member has no id of its own:
/// it is known by the schedule it names.
enum ScheduleLinks {
    /// The id a new object is stored under, when it is not a fresh one.
    static func id(of object: AnyXMLElement, element: String) -> String? {
        element == "ScheduleSetMember" ? object.field("ScheduleObjectId").map { $0.lowercased() } : nil
    }

    /// Whether the element carries an `ObjectId` of its own.
    static func hasObjectId(_ element: String) -> Bool { element != "ScheduleSetMember" }

    /// Link fields for a new `element` at `uri`, under the parent `parentId` where the path has one.
    static func fields(for element: String, uri: String, object: AnyXMLElement, parentId: String?) -> [(String, String)] {
        let owner = object.field("OwnerLocationObjectId").map { [("OwnerLocationURI", "/vmrest/locations/connectionlocations/\($0)")] } ?? []
        switch element {
        case "Schedule":
            return owner + [("Undeletable", "false"), ("ScheduleDetailsURI", uri + "/scheduledetails")]
        case "ScheduleSet":
            return owner + [("Undeletable", "false"), ("ScheduleSetMembersURI", uri + "/schedulesetmembers")]
        case "ScheduleDetail":
            guard let parentId else { return [] }
            return [("ScheduleObjectId", parentId), ("ScheduleURI", "/vmrest/schedules/\(parentId)")]
        case "ScheduleSetMember":
            guard let parentId else { return [] }
            return [("ScheduleSetObjectId", parentId), ("ScheduleSetURI", "/vmrest/schedulesets/\(parentId)")]
                + (object.field("ScheduleObjectId").map { [("ScheduleURI", "/vmrest/schedules/\($0)")] } ?? [])
        default:
            return []
        }
    }
}
