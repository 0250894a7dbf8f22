import Foundation

// A deterministic, realistic `Users` document (what GET /vmrest/users answers with every field):
// the 62 elements of the `user-full` fixture per user, in schema order, with varied values (names,
// GUIDs, URIs, booleans, numbers, some empty elements). The XML and the CUPI-JSON forms carry the
// same users, so every contender reads the same information.

/// splitmix64: a stable stand-in for a seeded random generator, identical on every platform.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

enum UserDocument {
    static let seed: UInt64 = 0xC0FF_EE15_CAFE_0001

    private static let firstNames = ["Jordan", "Ana", "Wei", "Fatima", "Lars", "Priya", "Tomás", "Yuki", "Olga", "Kwame",
                                     "Chloé", "Mehmet", "Sven", "Aisha", "Diego", "Mei"]
    private static let lastNames = ["Doe", "Smith", "Wong", "Haddad", "Nilsson", "Raman", "García", "Tanaka", "Ivanova",
                                    "Mensah", "Dubois", "Yılmaz", "Berg", "Okafor", "López", "Chen"]
    private static let departments = ["Sales", "Support", "Engineering", "Finance", "Legal", "Operations", ""]
    private static let titles = ["Account Manager", "Engineer", "Analyst", "Director", "Technician", ""]
    private static let cities = ["San Jose", "Zürich", "Bangalore", "Austin", "", "", "Lyon"]
    private static let conversations = ["SubMenu", "SubMenuAlternateCustom", "SubMenu_AlternateStandard"]
    private static let targets = ["PHGreeting", "PHTransfer", "AD", "BroadcastMessageAdministrator"]

    /// Writes `bytes` worth of users (at least one), as XML and as CUPI JSON.
    static func make(approximateBytes: Int) -> (xml: [UInt8], json: [UInt8], users: Int) {
        var rng = SplitMix64(state: seed)
        var xmlUsers: [UInt8] = []
        var jsonUsers: [UInt8] = []
        xmlUsers.reserveCapacity(approximateBytes + 4096)
        jsonUsers.reserveCapacity(approximateBytes + 4096)
        var count = 0
        while count == 0 || xmlUsers.count < approximateBytes {
            let fields = user(number: count, rng: &rng)
            xmlUsers += Array("  <User>\n".utf8)
            jsonUsers += Array((count == 0 ? "\n    {" : ",\n    {").utf8)
            for (index, (name, value)) in fields.enumerated() {
                if value.isEmpty {
                    xmlUsers += Array("    <\(name)/>\n".utf8)
                } else {
                    xmlUsers += Array("    <\(name)>\(escapeXML(value))</\(name)>\n".utf8)
                }
                jsonUsers += Array("\(index == 0 ? "" : ",")\n      \"\(name)\": \"\(escapeJSON(value))\"".utf8)
            }
            xmlUsers += Array("  </User>\n".utf8)
            jsonUsers += Array("\n    }".utf8)
            count += 1
        }
        let xml = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Users total=\"\(count)\">\n".utf8)
            + xmlUsers + Array("</Users>\n".utf8)
        let json = Array("{\n  \"@total\": \"\(count)\",\n  \"User\": [".utf8) + jsonUsers + Array("\n  ]\n}\n".utf8)
        return (xml, json, count)
    }

    private static func guid(_ rng: inout SplitMix64) -> String {
        let a = rng.next(), b = rng.next()
        let hex = String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-4" + String(c[13..<16]) + "-8" + String(c[17..<20])
            + "-" + String(c[20..<32])
    }

    private static func bool(_ rng: inout SplitMix64) -> String { rng.below(2) == 0 ? "false" : "true" }

    private static func user(number: Int, rng: inout SplitMix64) -> [(String, String)] {
        let id = guid(&rng)
        let first = firstNames[rng.below(firstNames.count)]
        let last = lastNames[rng.below(lastNames.count)]
        let alias = "\(first.prefix(1).lowercased())\(last.lowercased())\(number)"
        let cos = guid(&rng), location = guid(&rng), handler = guid(&rng), partition = guid(&rng), media = guid(&rng)
        let extensionNumber = String(10000 + number % 89999)
        let creation = "20\(10 + rng.below(14))-0\(1 + rng.below(9))-1\(rng.below(10)) 1\(rng.below(10)):\(10 + rng.below(50)):3\(rng.below(10)).0\(rng.below(10))"
        let city = cities[rng.below(cities.count)]
        return [
            ("URI", "/vmrest/users/\(id)"),
            ("ObjectId", id),
            ("UseDefaultLanguage", bool(&rng)),
            ("FirstName", first),
            ("Initials", String(first.prefix(1)) + String(last.prefix(1))),
            ("LastName", last),
            ("Alias", alias),
            ("City", city),
            ("State", city.isEmpty ? "" : "CA"),
            ("Country", ["US", "CH", "IN", "FR", "JP"][rng.below(5)]),
            ("PostalCode", rng.below(3) == 0 ? "" : String(10000 + rng.below(89999))),
            ("Department", departments[rng.below(departments.count)]),
            ("Manager", rng.below(4) == 0 ? "\(lastNames[rng.below(lastNames.count)]), \(firstNames[rng.below(firstNames.count)])" : ""),
            ("Title", titles[rng.below(titles.count)]),
            ("Building", rng.below(3) == 0 ? "B\(rng.below(40))" : ""),
            ("EmployeeId", String(1000 + number)),
            ("Address", rng.below(5) == 0 ? "\(1 + rng.below(999)) Main St & 2nd Ave" : ""),
            ("DisplayName", "\(first) \(last)"),
            ("EmailAddress", "\(alias)@example.com"),
            ("BillingId", rng.below(6) == 0 ? "CC-\(rng.below(9999))" : ""),
            ("TimeZone", String([190, 4, 35, 85, 235][rng.below(5)])),
            ("CreationTime", creation),
            ("IsTemplate", "false"),
            ("DtmfNameFirstLast", String(1_000_000 + rng.below(8_999_999))),
            ("DtmfNameLastFirst", String(1_000_000 + rng.below(8_999_999))),
            ("CosObjectId", cos),
            ("CosURI", "/vmrest/coses/\(cos)"),
            ("Language", String([1033, 1036, 1031, 1041][rng.below(4)])),
            ("LocationObjectId", location),
            ("LocationURI", "/vmrest/locations/connectionlocations/\(location)"),
            ("AddressMode", String(rng.below(3))),
            ("ClockMode", String(rng.below(3))),
            ("ConversationTui", conversations[rng.below(conversations.count)]),
            ("GreetByName", bool(&rng)),
            ("ListInDirectory", bool(&rng)),
            ("IsVmEnrolled", bool(&rng)),
            ("Speed", String([50, 100, 150, 200][rng.below(4)])),
            ("MediaSwitchObjectId", media),
            ("PhoneSystemURI", "/vmrest/phonesystems/\(media)"),
            ("Undeletable", "false"),
            ("Volume", String(25 + rng.below(75))),
            ("XferString", rng.below(3) == 0 ? "9\(extensionNumber)" : ""),
            ("CallAnswerTimeout", String(1 + rng.below(10))),
            ("CallHandlerObjectId", handler),
            ("CallhandlerURI", "/vmrest/handlers/callhandlers/\(handler)"),
            ("NewMessageStackOrder", "1234567"),
            ("ExitAction", String(rng.below(3))),
            ("ExitTargetConversation", targets[rng.below(targets.count)]),
            ("ExitTargetHandlerObjectId", handler),
            ("DtmfAccessId", extensionNumber),
            ("RouteNDRToSender", bool(&rng)),
            ("UseDefaultTimeZone", bool(&rng)),
            ("SmtpAddress", "\(alias)@cuc.example.com"),
            ("SendMessageOnHangup", String(rng.below(3))),
            ("PartitionObjectId", partition),
            ("PartitionURI", "/vmrest/partitions/\(partition)"),
            ("Inactive", "false"),
            ("LdapType", String(rng.below(3))),
            ("AlternateExtensionsURI", "/vmrest/users/\(id)/alternateextensions"),
            ("UserWebPasswordURI", "/vmrest/users/\(id)/credential/password"),
            ("UserVoicePinURI", "/vmrest/users/\(id)/credential/pin"),
            ("SmtpProxyAddressesURI", "/vmrest/smtpproxyaddresses?query=(ObjectGlobalUserObjectId%20is%20\(id))"),
        ]
    }

    private static func escapeXML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    private static func escapeJSON(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
