import CLibXML2
import CUPIClient
import CUPIRuntime
import Foundation
import XMLCoder

/// One measured operation. `prepare` runs untimed (reading the file, decoding the model an encoder
/// needs); `run` is timed and returns a checksum so the optimizer cannot drop the work.
struct BenchCase: Sendable {
    let name: String
    let format: String
    let summary: String
    let prepare: @Sendable (Data) throws -> Prepared
    let run: @Sendable (Prepared) throws -> Int
}

/// What `prepare` hands to `run`: the input bytes, and the model for encoders.
struct Prepared: @unchecked Sendable {
    var data: Data
    var users: Users?
    /// Where to cut the document into smaller ones, for a decoder that cannot take it whole.
    var pages: [Range<Int>]?
    /// The bytes the timed work reads or writes, for MB/s (the document for decoders, the output for encoders).
    var bytes: Int
}

enum Cases {
    static let all: [BenchCase] = [
        BenchCase(name: "libxml2-bare", format: "xml", summary: "xmlTextReaderRead to the end (the floor)",
                  prepare: decoding, run: bareLibXML2),
        BenchCase(name: "generated-xml", format: "xml", summary: "XMLCoding.decode(Users.self) (whole list in memory)",
                  prepare: decoding, run: { input in
                      let users = try XMLCoding.decode(Users.self, from: input.data, rootName: "Users")
                      return checksum(users)
                  }),
        BenchCase(name: "generated-xml-stream", format: "xml", summary: "XMLCoding.forEachItem(User.self), items dropped",
                  prepare: decoding, run: { input in
                      try checksum(eachOf: { try XMLCoding.forEachItem(User.self, in: input.data, rootName: "Users", itemName: "User", $0) })
                  }),
        BenchCase(name: "xmlcoder", format: "xml",
                  summary: "XMLCoder 0.18 into equivalent plain Codable structs, in pages of 1,000 users when the"
                      + " document is over 10,000,000 bytes (Foundation's XMLParser on Linux refuses larger ones)",
                  prepare: { data in
                      var prepared = Prepared(data: data, users: nil, pages: nil, bytes: data.count)
                      if data.count >= xmlParserLimit { prepared.pages = pageRanges(of: data, usersPerPage: 1000) }
                      return prepared
                  },
                  run: { input in
                      var sum = 0
                      // Each page is copied out just before it is decoded: a millisecond beside XMLCoder's second.
                      for range in input.pages ?? [0..<input.data.count] {
                          let page = input.pages == nil ? input.data : Cases.page(range, of: input.data)
                          let users = try XMLDecoder().decode(PlainUsers.self, from: page)
                          sum = users.user.reduce(sum) { $0 &+ ($1.objectId?.utf8.count ?? 0) }
                      }
                      return sum
                  }),
        BenchCase(name: "generated-json", format: "json", summary: "CUPIJSON.decode(Users.self)",
                  prepare: decoding, run: { input in
                      checksum(try CUPIJSON.decode(Users.self, from: input.data, rootName: "Users"))
                  }),
        BenchCase(name: "generated-json-stream", format: "json", summary: "CUPIJSON.forEachItem(User.self), items dropped",
                  prepare: decoding, run: { input in
                      try checksum(eachOf: { try CUPIJSON.forEachItem(User.self, in: input.data, rootName: "Users", itemName: "User", $0) })
                  }),
        BenchCase(name: "foundation-json", format: "json", summary: "JSONSerialization.jsonObject (untyped, reference)",
                  prepare: decoding, run: { input in
                      let object = try JSONSerialization.jsonObject(with: input.data)
                      return ((object as? [String: Any])?["User"] as? [Any])?.count ?? 0
                  }),
        BenchCase(name: "generated-encode-xml", format: "xml", summary: "XMLCoding.encode(users) (output bytes)",
                  prepare: { data in try encoding(XMLCoding.decode(Users.self, from: data, rootName: "Users")) },
                  run: { input in XMLCoding.encode(input.users!, rootName: "Users").count }),
        BenchCase(name: "generated-encode-json", format: "json", summary: "CUPIJSON.encode(users) (output bytes)",
                  prepare: { data in try encoding(CUPIJSON.decode(Users.self, from: data, rootName: "Users")) },
                  run: { input in CUPIJSON.encode(input.users!).count }),
    ]

    /// swift-corelibs-foundation's XMLParser hands the whole document to libxml2 without
    /// XML_PARSE_HUGE, which then stops at 10,000,000 bytes with NSXMLParserErrorDomain code 1.
    static let xmlParserLimit = 10_000_000

    /// Where to cut a `Users` document into documents of `usersPerPage` users each (what paging with
    /// rowsPerPage would fetch): byte ranges from one `<User>` start tag to another, the last one
    /// ending at `</Users>`.
    static func pageRanges(of data: Data, usersPerPage: Int) -> [Range<Int>] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [Range<Int>] in
            func matches(_ tag: [UInt8], at index: Int) -> Bool {
                index + tag.count <= bytes.count && tag.indices.allSatisfy { bytes[index + $0] == tag[$0] }
            }
            let open = Array("<User>".utf8), close = Array("</Users>".utf8)
            var starts: [Int] = []
            var end = bytes.count
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "<") {
                if matches(open, at: index) { starts.append(index) } else if matches(close, at: index) { end = index }
            }
            return stride(from: 0, to: starts.count, by: usersPerPage).map { first in
                starts[first]..<(first + usersPerPage < starts.count ? starts[first + usersPerPage] : end)
            }
        }
    }

    static func page(_ range: Range<Int>, of data: Data) -> Data {
        var page = Data("<Users>\n".utf8)
        page.append(data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound])
        page.append(Data("</Users>\n".utf8))
        return page
    }

    static func named(_ name: String) -> BenchCase? { all.first { $0.name == name } }

    private static let decoding: @Sendable (Data) throws -> Prepared = { data in Prepared(data: data, users: nil, pages: nil, bytes: data.count) }

    /// Decodes the model untimed, drops the input, and sizes the output with one untimed encode.
    private static func encoding(_ users: Users) -> Prepared {
        Prepared(data: Data(), users: users, pages: nil, bytes: 0)
    }

    static func checksum(_ users: Users) -> Int {
        users.user.reduce(0) { $0 &+ checksum($1) }
    }

    /// The same checksum over the users a `forEachItem` hands on, none of them kept.
    static func checksum(eachOf forEachItem: ((User) throws -> Void) throws -> Void) rethrows -> Int {
        var sum = 0
        try forEachItem { sum &+= checksum($0) }
        return sum
    }

    static func checksum(_ user: User) -> Int { user.objectId?.rawValue.utf8.count ?? 0 }

    /// libxml2's pull parser over the same bytes with the runtime's options (no network, big line
    /// numbers), doing nothing with the nodes: every decoder built on it pays at least this much.
    private static func bareLibXML2(_ input: Prepared) throws -> Int {
        try input.data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
            guard let reader = xmlReaderForMemory(base, Int32(buffer.count), "users.xml", nil, options) else {
                throw BenchError("cannot create an xmlTextReader")
            }
            defer { xmlFreeTextReader(reader) }
            var nodes = 0
            while true {
                let result = xmlTextReaderRead(reader)
                if result == 0 { return nodes }
                if result < 0 { throw BenchError("libxml2 reported malformed input") }
                nodes += 1
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
