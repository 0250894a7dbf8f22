@_spi(Generated) import CUPIRuntime
import Foundation
import Testing

@Suite struct CUPIJSONTests {
    @Test func roundTripsAUser() throws {
        let user = User(uri: "/vmrest/users/1", objectId: "1", alias: "jdoe", listInDirectory: true, transferType: .supervised,
                        rating: 2.5, alternateExtensions: [AlternateExtension(dtmfAccessId: "5001", idIndex: 1)])
        let data = CUPIJSON.encode(user)
        #expect(String(decoding: data, as: UTF8.self) == #"{"@URI":"/vmrest/users/1","ObjectId":"1","Alias":"jdoe","ListInDirectory":"true","TransferType":"1","Rating":"2.5","AlternateExtensions":{"AlternateExtension":[{"DtmfAccessId":"5001","IdIndex":"1"}]}}"#)
        #expect(try CUPIJSON.decode(User.self, from: data, rootName: "User") == user)
        #expect(CUPIJSON.encode(try CUPIJSON.decode(User.self, from: data, rootName: "User")) == data)
    }

    @Test func acceptsNumbersBooleansAndNulls() throws {
        let json = #"{"Alias":"a","ListInDirectory":false,"Rating":1e2,"DisplayName":null,"AlternateExtensions":{"AlternateExtension":{"IdIndex":3}}}"#
        let user = try CUPIJSON.decode(User.self, from: Data(json.utf8), rootName: "User")
        #expect(user.listInDirectory == false)
        #expect(user.rating == 100)
        #expect(user.displayName == nil)
        #expect(user.alternateExtensions == [AlternateExtension(idIndex: 3)])
    }

    @Test func wrappedAndBareListDocuments() throws {
        let wrapped = #"{"Users":{"-total":"1","User":{"Alias":"only"}}}"#
        let bare = #"{"@total":"2","User":[{"Alias":"a"},{"Alias":"b"}]}"#
        let empty = #"{"Users":{"@total":"0"}}"#
        let one = try CUPIJSON.decode(Users.self, from: Data(wrapped.utf8), rootName: "Users")
        #expect(one.total == 1)
        #expect(one.users.map(\.alias) == ["only"])
        let two = try CUPIJSON.decode(Users.self, from: Data(bare.utf8), rootName: "Users")
        #expect(two.total == 2)
        #expect(two.users.map(\.alias) == ["a", "b"])
        let none = try CUPIJSON.decode(Users.self, from: Data(empty.utf8), rootName: "Users")
        #expect(none.total == 0 && none.users.isEmpty)
        #expect(try CUPIJSON.decode(Users.self, from: Data(#"{"Users":null}"#.utf8), rootName: "Users").users.isEmpty)
    }

    /// Item by item reads the documents `decode` reads, to the same items.
    @Test(arguments: [
        #"{"Users":{"-total":"1","User":{"Alias":"only"}}}"#,
        #"{"@total":"3","User":[{"Alias":"a"},null,{"Alias":"b","AlternateExtensions":{"AlternateExtension":{"IdIndex":"1"}}}],"Other":[1,{"x":[]}]}"#,
        #"{"Users":{"@total":"0"}}"#, #"{"Users":null}"#, "{}", #"\#u{FEFF}{"User":[]} "#,
    ])
    func itemByItemMatchesDecode(_ json: String) throws {
        let whole = try CUPIJSON.decode(Users.self, from: Data(json.utf8), rootName: "Users").users
        var items: [User] = []
        try CUPIJSON.forEachItem(User.self, in: Data(json.utf8), rootName: "Users", itemName: "User") { items.append($0) }
        #expect(items == whole)
    }

    @Test func itemByItemReportsWhereAndStopsWithTheBody() {
        let bad = #"{"User":[{"Alias":"a"},{"Alias":"b","AlternateExtensions":{"AlternateExtension":[{},{"IdIndex":"x"}]}}]}"#
        var seen: [String?] = []
        let error = #expect(throws: JSONDecodingError.self) {
            try CUPIJSON.forEachItem(User.self, in: Data(bad.utf8), rootName: "Users", itemName: "User") { seen.append($0.alias) }
        }
        #expect(error?.path == "Users/User[2]/AlternateExtensions/AlternateExtension[2]/IdIndex")
        #expect(seen == ["a"])
        let truncated = #"{"User":[{"Alias":"a"},{"Alias":"#
        let syntax = #expect(throws: JSONDecodingError.self) {
            try CUPIJSON.forEachItem(User.self, in: Data(truncated.utf8), rootName: "Users", itemName: "User") { _ in }
        }
        let whole = #expect(throws: JSONDecodingError.self) { try CUPIJSON.decode(Users.self, from: Data(truncated.utf8), rootName: "Users") }
        #expect(syntax != nil && syntax == whole)
        for document in [#"[{"Alias":"a"}]"#, #"{"Users":{"User":[]},"More":1}"#, #"{"User":[]} x"#] {
            #expect(throws: JSONDecodingError.self, "\(document)") {
                try CUPIJSON.forEachItem(User.self, in: Data(document.utf8), rootName: "Users", itemName: "User") { _ in }
            }
        }
        struct Stop: Error {}
        var count = 0
        #expect(throws: Stop.self) {
            try CUPIJSON.forEachItem(User.self, in: Data(#"{"User":[{},{},{}]}"#.utf8), rootName: "Users", itemName: "User") { _ in
                count += 1
                if count == 2 { throw Stop() }
            }
        }
        #expect(count == 2)
    }

    @Test func simpleContentUsesDollarAndAcceptsABareString() throws {
        let greeting = Greeting(language: "en", text: "hi")
        #expect(String(decoding: CUPIJSON.encode(greeting), as: UTF8.self) == #"{"@lang":"en","$":"hi"}"#)
        struct Holder: CUPIJSONDecodable {
            var greetings: [Greeting]
            init(json: JSONObjectReader) throws { greetings = try json.decodeAll("Greeting") }
        }
        let holder = try CUPIJSON.decode(Holder.self, from: Data(#"{"Greeting":["plain",{"-lang":"fr","$":"salut"}]}"#.utf8), rootName: "H")
        #expect(holder.greetings == [Greeting(language: nil, text: "plain"), Greeting(language: "fr", text: "salut")])
    }

    @Test func errorsCarryTheKeyPath() {
        let json = #"{"User":[{"Alias":"a"},{"Alias":"b","AlternateExtensions":{"AlternateExtension":[{},{"IdIndex":"x"}]}}]}"#
        let error = #expect(throws: JSONDecodingError.self) { try CUPIJSON.decode(Users.self, from: Data(json.utf8), rootName: "Users") }
        #expect(error?.path == "Users/User[2]/AlternateExtensions/AlternateExtension[2]/IdIndex")
        #expect(error?.message == "'x' is not a valid xs:long")
        let array = #"{"Alias":["a","b"]}"#
        let arrayError = #expect(throws: JSONDecodingError.self) { try CUPIJSON.decode(User.self, from: Data(array.utf8), rootName: "User") }
        #expect(arrayError?.path == "User/Alias")
    }

    @Test func valuesAcceptArraysSingleItemsAndAbsence() throws {
        struct Tags: CUPIJSONCodable, Equatable {
            var tags: [String]
            var numbers: [Int]
            init(tags: [String], numbers: [Int]) {
                self.tags = tags
                self.numbers = numbers
            }
            init(json: JSONObjectReader) throws {
                tags = try json.values("Tag")
                numbers = try json.values("Number")
                #expect(json.isNull("Gone"))
                #expect(json.unknownMembers(known: ["Tag", "Number"]).map(\.0) == ["Gone", "Other"])
            }
            func encode(json: JSONObjectWriter) {
                json.values("Tag", tags)
                json.values("Number", numbers)
                json.null("Gone")
                json.raw("Other", .array([.number("1.000000000000000000001")]))
            }
        }
        let one = try CUPIJSON.decode(Tags.self, from: Data(#"{"Tag":"solo","Number":"4","Gone":null,"Other":1}"#.utf8), rootName: "T")
        #expect(one == Tags(tags: ["solo"], numbers: [4]))
        let data = CUPIJSON.encode(Tags(tags: ["a", "b"], numbers: []))
        #expect(String(decoding: data, as: UTF8.self) == #"{"Tag":["a","b"],"Gone":null,"Other":[1.000000000000000000001]}"#)
    }

    @Test func hostileStringsRoundTrip() throws {
        let text = "quote\" backslash\\ slash/ nl\n tab\t nul\u{0} bell\u{7} ls\u{2028} 😀 </script>"
        let user = User(alias: text)
        let data = CUPIJSON.encode(user)
        #expect(String(decoding: data, as: UTF8.self) == #"{"Alias":"quote\" backslash\\ slash/ nl\n tab\t nul\u0000 bell\u0007 ls\u2028 😀 </script>"}"#)
        #expect(try CUPIJSON.decode(User.self, from: data, rootName: "User").alias == text)
    }
}

@Suite struct JSONParserTests {
    @Test func keepsOrderAndNumberText() throws {
        let value = try CUPIJSON.parse(Data(#" {"z":1,"a":-0.10e+5,"m":[true,false,null,"s"],"big":123456789012345678901234567890} "#.utf8))
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.members.map(\.key) == ["z", "a", "m", "big"])
        #expect(object["a"] == .number("-0.10e+5"))
        #expect(object["big"] == .number("123456789012345678901234567890"))
        #expect(CUPIJSON.serialize(value) == Data(#"{"z":1,"a":-0.10e+5,"m":[true,false,null,"s"],"big":123456789012345678901234567890}"#.utf8))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try CUPIJSON.parse(Data(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800x""#.utf8))
        #expect(value == .string("a\"\\/\u{8}\u{C}\n\r\té😀\u{FFFD}x"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":}", "{\"a\" 1}", "01", "1.", "-", "1e", "tru", "\"abc", "\"a\u{1}\"", "[1] 2", "{'a':1}",
        "\"\\x\"", "\"\\u12\"", "nul", "[", "{\"a\":1,}",
    ])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONDecodingError.self) { try CUPIJSON.parse(Data(text.utf8)) }
    }

    @Test func reportsLineAndColumn() {
        let error = #expect(throws: JSONDecodingError.self) { try CUPIJSON.parse(Data("{\n  \"a\": 1,\n  \"b\": x\n}".utf8)) }
        #expect(error?.line == 3)
        #expect(error?.column == 8)
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: JSONDecodingError.self) { try CUPIJSON.parse(Data(deep.utf8)) }
        #expect(error?.message.contains("nesting") == true)
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try CUPIJSON.parse(Data(fine.utf8)) }
    }

    @Test func rootMustBeAnObject() {
        #expect(throws: JSONDecodingError.self) { try CUPIJSON.decode(User.self, from: Data("[]".utf8), rootName: "User") }
    }
}
