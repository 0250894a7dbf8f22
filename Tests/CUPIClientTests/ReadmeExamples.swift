import CUPIClient
import CUPIHTTPClientTransport
import CUPIRuntime
import Foundation
import Testing

// The README's Swift snippets, compiled here verbatim (indentation aside); `ReadmeSnippetTests`
// fails when the README and this file drift apart. They are compiled, not run: they talk to a
// Unity Connection server.

func generatedCodeExample(body: Data) throws {
    let user = try XMLCoding.decode(User.self, from: body, rootName: "User")
    let changes = User(alias: "jdoe", dtmfAccessId: "5001")
    let issues = changes.validate()          // [] when every facet holds
    let xml = XMLCoding.encode(changes, rootName: "User")
    let json = CUPIJSON.encode(changes)
    _ = (user, issues, xml, json)
}

func itemByItemExample(body: Data, json: Data, handle: (User) -> Void) throws {
    try XMLCoding.forEachItem(User.self, in: body, rootName: "Users", itemName: "User") { user in handle(user) }
    try CUPIJSON.forEachItem(User.self, in: json, rootName: "Users", itemName: "User") { user in handle(user) }
}

func configurationExample(password: String) throws {
    let configuration = ClientConfiguration(
        publisher: try ServerAddress("cuc-pub.example.com"),      // DNS name, IPv4, or IPv6: "2001:db8::10", "[2001:db8::10]:8443"
        subscriber: try ServerAddress("cuc-sub.example.com"),     // optional: used when the publisher is unreachable
        credentials: .basic(user: "admin", password: password),
        format: .xml,                                             // the default; .json selects CUPI's JSON dialect
        timeout: .seconds(30),                                    // per HTTP exchange; RequestOptions(timeout:) per call
        retry: .default,                                          // see "Retries"
        maxConcurrentRequestsPerServer: 4,                        // see "Throttling"
        validatesRequests: true                                   // see "Validation"
    )
    let cupi = CUPI(client: APIClient(configuration: configuration))
    _ = cupi
}

func tlsExample(configuration: ClientConfiguration, caBundlePEM: String) async throws {
    // Trust your private CA (PEM, one or more certificates); the host name is still checked.
    let transport = try HTTPClientTransport(tls: .certificateAuthorities(pem: caBundlePEM))
    // …or pin the server certificate's SHA-256 (as `openssl x509 -noout -fingerprint -sha256` prints it):
    // let transport = try HTTPClientTransport(tls: .pinnedSHA256("3A:7F:…:C2"))
    let client = APIClient(configuration: configuration, transport: transport)
    // …
    try await transport.shutdown()   // it owns connections and threads
    _ = client
}

func pagingExample(cupi: CUPI) async throws {
    let page = try await cupi.users.list(query: .startsWith(.alias, "jo"), sort: .ascending(.alias), rowsPerPage: 50)
    for try await user in cupi.users.all(query: .is(.alias, "jdoe")) { print(user.alias ?? "") }
    let howMany = try await cupi.users.count(query: .isNotNull(.emailAddress))   // rowsPerPage=0: the total only
    _ = (page, howMany)
}

@Suite("README snippets")
struct ReadmeSnippetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every line of every Swift snippet in the README's client sections stands in this file.
    @Test func readmeSnippetsAreTheCompiledOnes() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let compiled = Set(try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let sections = ["## The generated code", "### Configuration", "### TLS", "### Queries and paging"]
        var checked = 0
        for heading in sections {
            let section = try #require(readme.range(of: heading), "README has no \(heading)")
            var rest = readme[section.upperBound...]
            // The section ends at the next heading; every Swift block before it counts.
            if let next = rest.range(of: "\n#") { rest = rest[..<next.lowerBound] }
            #expect(rest.contains("```swift\n"), "\(heading) holds no Swift snippet")
            while let start = rest.range(of: "```swift\n"), let end = rest[start.upperBound...].range(of: "```") {
                for line in rest[start.upperBound..<end.lowerBound].split(separator: "\n") {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard !trimmed.isEmpty, !trimmed.hasPrefix("import ") else { continue }
                    #expect(compiled.contains(trimmed), "README line not compiled by ReadmeExamples.swift: \(trimmed)")
                    checked += 1
                }
                rest = rest[end.upperBound...]
            }
        }
        #expect(checked > 20)
    }
}
