import CUPIClient
import CUPIRuntime
import Foundation
import Testing

// The README's Swift samples, compiled here verbatim (indentation aside); `ReadmeSnippetTests`
// fails when the README and this file drift apart. They are compiled, not run: they talk to a
// Unity Connection server.

func readmeClientExample(password: String) async throws {
    let cupi = CUPI(configuration: ClientConfiguration(
        publisher: try ServerAddress("cuc-pub.example.com"),     // DNS name, IPv4 or IPv6 literal
        subscriber: try ServerAddress("cuc-sub.example.com"),    // used when the publisher is down
        credentials: .basic(user: "admin", password: password)))
    let created = try await cupi.users.create(User(alias: "jdoe", dtmfAccessId: "5001"), templateAlias: "voicemailusertemplate")
    try await cupi.users.credential.pin.update(objectId: created.objectId, Credential(credentials: "738291"))
    for try await user in cupi.users.all(query: .startsWith(.alias, "jd")) { print(user.alias ?? "") }
}

@Suite("README snippets")
struct ReadmeSnippetTests {
    /// Every line of every Swift sample in the README stands in this file.
    @Test func readmeSnippetsAreTheCompiledOnes() throws {
        let readme = try String(contentsOf: SampleChecking.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let compiled = try SampleChecking.compiledLines([#filePath])
        let lines = SampleChecking.sampleLines(in: readme)
        for line in lines {
            #expect(compiled.contains(line), "README line not compiled by ReadmeExamples.swift: \(line)")
        }
        #expect(lines.count >= 7, "the README's client example is gone")
    }
}
