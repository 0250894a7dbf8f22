import CUPIRuntime

/// The greetings, transfer options and menu entries every call handler (and call-handler
/// template) has from the moment it exists: they are read and updated, never created.
enum CallHandlerChildren {
    /// Sub-collection and element names: a handler's, or a template's.
    struct Names {
        var greetings: (collection: String, element: String)
        var transferOptions: (collection: String, element: String)
        var menuEntries: (collection: String, element: String)
    }

    static let handlerNames = Names(greetings: ("greetings", "Greeting"),
                                    transferOptions: ("transferoptions", "TransferOption"),
                                    menuEntries: ("menuentries", "MenuEntry"))
    static let templateNames = Names(greetings: ("templategreetings", "TemplateGreeting"),
                                     transferOptions: ("templatetransferoptions", "TemplateTransferOption"),
                                     menuEntries: ("templatemenuentries", "TemplateMenuEntry"))

    /// The seven greeting types (the path segment is the type, `Off Hours` with its space).
    static let greetingTypes = ["Alternate", "Busy", "Error", "Internal", "Off Hours", "Standard", "Holiday"]
    /// The three transfer option types.
    static let transferOptionTypes = ["Standard", "Alternate", "Off Hours"]
    /// The caller-input keys.
    static let touchtoneKeys = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]

    /// Adds the children of the handler `handlerId` in the collection `handlerKey`.
    static func seed(_ state: inout MockStore.State, handlerKey: String, handlerId: String, names: Names) {
        let handlerURI = "/vmrest/\(handlerKey)/\(handlerId)"
        func add(_ collection: String, _ element: String, id: String, fields: [(String, String)]) {
            let key = "\(handlerKey)/\(handlerId)/\(collection)"
            var object = AnyXMLElement(localName: element)
            object.setField("URI", "/vmrest/\(key)/\(PathCoding.encodeSegment(id))")
            object.setField("CallHandlerObjectId", handlerId)
            object.setField("CallhandlerURI", handlerURI)
            for (name, value) in fields { object.setField(name, value) }
            state.collections[key, default: .init()].put(id, object)
        }
        for type in greetingTypes {
            // Only the standard greeting is on by default, as on a new Unity Connection handler.
            var fields = [("GreetingType", type), ("PlayWhat", "0"), ("AfterGreetingAction", "4")]
            if type != "Standard" { fields.append(("TimeExpires", "1972-01-01 00:00:00.0")) }
            add(names.greetings.collection, names.greetings.element, id: type, fields: fields)
        }
        for type in transferOptionTypes {
            add(names.transferOptions.collection, names.transferOptions.element, id: type,
                fields: [("TransferOptionType", type), ("Action", "0"), ("RnaAction", "1"), ("TransferRings", "4")])
        }
        for key in touchtoneKeys {
            add(names.menuEntries.collection, names.menuEntries.element, id: key,
                fields: [("TouchtoneKey", key), ("Locked", "false"), ("Action", "0")])
        }
    }
}
