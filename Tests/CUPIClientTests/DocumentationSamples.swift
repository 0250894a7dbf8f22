import CUPIClient
import CUPIHTTPClientTransport
import CUPIRuntime
import Foundation
import Testing

// The Swift samples of the DocC catalogs, compiled here verbatim (indentation aside), one function
// per sample; `DocumentationSampleTests` fails when a catalog and this file drift apart. They are
// compiled, not run: the end-to-end tests (Tests/CUPIMockTests) run the same calls against the mock.

// CUPIRuntime.docc/CUPIRuntime.md
func runtimeLandingSample(password: String, objectId: String) async throws {
    let cupi = CUPI(configuration: ClientConfiguration(
        publisher: try ServerAddress("cuc-pub.example.com"),
        credentials: .basic(user: "admin", password: password)))
    let user = try await cupi.users.get(objectId: objectId)
    _ = user
}

// CUPIRuntime.docc/ConfiguringTheClient.md
func configuringTheClientSample(password: String) throws {
    let configuration = ClientConfiguration(
        publisher: try ServerAddress("cuc-pub.example.com"),      // DNS name, IPv4, or IPv6: "2001:db8::10", "[2001:db8::10]:8443"
        subscriber: try ServerAddress("cuc-sub.example.com"),     // optional: used when the publisher is unreachable
        credentials: .basic(user: "admin", password: password),
        format: .xml,                                             // the default; .json selects CUPI's JSON dialect
        timeout: .seconds(30),                                    // per HTTP exchange; RequestOptions(timeout:) per call
        retry: .default,                                          // see "Retries, throttling and failover"
        maxConcurrentRequestsPerServer: 4,                        // the in-flight cap per server
        validatesRequests: true                                   // see "Validating requests"
    )
    let cupi = CUPI(client: APIClient(configuration: configuration))
    _ = cupi
}

// CUPIRuntime.docc/TrustingTheServer.md
func trustingTheServerSample(configuration: ClientConfiguration, caBundlePEM: String) async throws {
    // Trust your private CA (PEM, one or more certificates); the host name is still checked.
    let transport = try HTTPClientTransport(tls: .certificateAuthorities(pem: caBundlePEM))
    // …or pin the server certificate's SHA-256 (as `openssl x509 -noout -fingerprint -sha256` prints it):
    // let transport = try HTTPClientTransport(tls: .pinnedSHA256("3A:7F:…:C2"))
    let client = APIClient(configuration: configuration, transport: transport)
    // …
    try await transport.shutdown()   // it owns connections and threads
    _ = client
}

// CUPIHTTPClientTransport.docc/CUPIHTTPClientTransport.md
func transportLandingSample(configuration: ClientConfiguration, caBundlePEM: String) throws {
    let transport = try HTTPClientTransport(tls: .certificateAuthorities(pem: caBundlePEM))
    let client = APIClient(configuration: configuration, transport: transport)
    _ = client
}

// CUPIRuntime.docc/ValidatingRequests.md and CodingPayloads.md
func codingPayloadsSample(body: Data) throws {
    let user = try XMLCoding.decode(User.self, from: body, rootName: "User")
    let changes = User(alias: "jdoe", dtmfAccessId: "5001")
    let issues = changes.validate()          // [] when every facet holds
    let xml = XMLCoding.encode(changes, rootName: "User")
    let json = CUPIJSON.encode(changes)
    _ = (user, issues, xml, json)
}

// CUPIRuntime.docc/CodingPayloads.md
func itemByItemSample(body: Data, json: Data, handle: (User) -> Void) throws {
    try XMLCoding.forEachItem(User.self, in: body, rootName: "Users", itemName: "User") { user in handle(user) }
    try CUPIJSON.forEachItem(User.self, in: json, rootName: "Users", itemName: "User") { user in handle(user) }
}

// CUPIRuntime.docc/QueriesAndPaging.md
func queriesAndPagingSample(cupi: CUPI) async throws {
    let page = try await cupi.users.list(query: .startsWith(.alias, "jo"), sort: .ascending(.alias), rowsPerPage: 50)
    for try await user in cupi.users.all(query: .is(.alias, "jdoe")) { print(user.alias ?? "") }
    let howMany = try await cupi.users.count(query: .isNotNull(.emailAddress))   // rowsPerPage=0: the total only
    _ = (page, howMany)
}

// CUPIRuntime.docc/HandlingErrors.md
func handlingErrorsSample(cupi: CUPI) async throws {
    do {
        _ = try await cupi.users.create(User(alias: "jdoe", dtmfAccessId: "5001"), templateAlias: "voicemailusertemplate")
    } catch CUPIError.http(let status, let details, _) where status == 400 {
        print("refused: \(details.map(\.message))")  // for example a duplicate alias or extension
    } catch CUPIError.invalidRequest(let issues) {
        print("not sent: \(issues)")                 // a facet of the schema does not hold
    }
}

// cupi-gen.docc/TheMockServer.md
func mockServerSample() async throws {
    let cupi = CUPI(client: APIClient(configuration: ClientConfiguration(
        publisher: try ServerAddress("http://127.0.0.1:8443"),
        credentials: .basic(user: "admin", password: "password"))))
    let id = try await cupi.users.create(User(alias: "jdoe", dtmfAccessId: "5001"), templateAlias: "voicemailusertemplate").objectId
    _ = id
}

// CUPIClient.docc/CUPIClient.md
func clientLandingSample(password: String) async throws {
    let cupi = CUPI(configuration: ClientConfiguration(
        publisher: try ServerAddress("cuc-pub.example.com"),
        credentials: .basic(user: "admin", password: password)))
    let page = try await cupi.users.list(query: .startsWith(.alias, "jo"), sort: .ascending(.alias), rowsPerPage: 50)
    _ = page
}

// CUPIClient.docc/GettingStarted.md, steps 3 to 7 in order.
func gettingStartedSample() async throws {
    let cupi = CUPI(configuration: ClientConfiguration(
        publisher: try ServerAddress("http://127.0.0.1:8443"),
        credentials: .basic(user: "admin", password: "password")))
    let before = try await cupi.users.count()
    for try await existing in cupi.users.all() { print(existing.alias?.rawValue ?? "") }
    let created = try await cupi.users.create(User(alias: "jdoe", dtmfAccessId: "5001"), templateAlias: "voicemailusertemplate")
    let userId = created.objectId
    try await cupi.users.credential.pin.update(objectId: userId, Credential(credentials: "738291", credMustChange: false))
    let user = try await cupi.users.get(objectId: userId)
    print(user.alias?.rawValue ?? "", user.dtmfAccessId?.rawValue ?? "")
    let found = try await cupi.users.list(query: .is(.alias, "jdoe"))
    try await cupi.users.update(objectId: userId, User(firstName: "Jo", lastName: "Doe"))
    try await cupi.users.delete(objectId: userId)
    _ = (before, found)
}

@Suite("Documentation samples")
struct DocumentationSampleTests {
    static let catalogs = [
        "Sources/CUPIRuntime/CUPIRuntime.docc",
        "Sources/CUPIHTTPClientTransport/CUPIHTTPClientTransport.docc",
        "Sources/CUPIMock/CUPIMock.docc",
        "Sources/cupi-gen/cupi-gen.docc",
        "Generated/CUPIClient/CUPIClient.docc",
    ]

    /// Every line of every Swift sample in every catalog's articles stands in this file.
    @Test func catalogSamplesAreTheCompiledOnes() throws {
        let compiled = try SampleChecking.compiledLines([#filePath])
        var checked = 0
        for catalog in Self.catalogs {
            let folder = SampleChecking.repositoryRoot.appendingPathComponent(catalog)
            let articles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
            #expect(!articles.isEmpty, "\(catalog) holds no article")
            for article in articles {
                let text = try String(contentsOf: folder.appendingPathComponent(article), encoding: .utf8)
                for line in SampleChecking.sampleLines(in: text) {
                    #expect(compiled.contains(line), "\(catalog)/\(article): line not compiled by DocumentationSamples.swift: \(line)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
