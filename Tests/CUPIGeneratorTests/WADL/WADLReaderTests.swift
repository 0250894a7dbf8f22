import Testing
@testable import CUPIGenerator

@Suite("WADL reader")
struct WADLReaderTests {
    private func model(_ files: [String: String], entry: String = "application.wadl") throws -> (APIModel, Frontend.Result) {
        let input = try TemporaryInput(files)
        let result = input.load(entry)
        let model = try #require(result.model, "errors: \(result.errors)")
        return (model, result)
    }

    @Test func nestedResourcesWithTemplatesAndBase() throws {
        let (model, _) = try model(["application.wadl": Fragment.wadl("""
            <resource path="users">
              <method name="GET" id="listUsers"><doc>Lists users.</doc></method>
              <resource path="{objectId}">
                <param name="objectId" style="template" type="xs:string"/>
                <method name="get" id="getUser"/>
                <resource path="credential/pin"><method name="PUT" id="updatePin"/></resource>
              </resource>
            </resource>
            """)])
        #expect(model.baseURL == "https://{server}/vmrest/")
        #expect(model.operations.map(\.path) == ["users", "users/{objectId}", "users/{objectId}/credential/pin"])
        #expect(model.operations.map(\.method) == ["GET", "GET", "PUT"])
        #expect(model.operations[0].documentation == "Lists users.")
        let pin = model.operations[2]
        #expect(pin.params.map(\.name) == ["objectId"])
        #expect(pin.params[0].required)
        #expect(model.resources[0].resources[0].resources[0].path == "credential/pin")
    }

    @Test func regexTemplatesAreReducedAndImplied() throws {
        let (model, _) = try model(["application.wadl": Fragment.wadl("""
            <resource path="items/{id: [0-9]{3}}/{name}"><method name="GET"/></resource>
            """)])
        let operation = try #require(model.operations.first)
        #expect(operation.path == "items/{id}/{name}")
        #expect(operation.params.map(\.name) == ["id", "name"])
        #expect(operation.params.allSatisfy { $0.style == .template && $0.required && $0.type == .xsd("string") })
    }

    @Test func paramsOfEveryStyleWithTheirAttributes() throws {
        let (model, _) = try model(["application.wadl": Fragment.wadl("""
            <resource path="r">
              <param name="m" style="matrix" type="xs:boolean"/>
              <param name="h" style="header" required="true"/>
              <method name="GET">
                <request>
                  <param name="q" style="query" type="xs:int" repeating="true" default="5" fixed="5">
                    <doc>How many.</doc>
                  </param>
                  <param name="sort" style="query">
                    <option value="asc"><doc>Ascending.</doc></option>
                    <option value="desc" mediaType="text/plain"/>
                  </param>
                  <param name="p" style="plain" path="/a/b"/>
                </request>
              </method>
            </resource>
            """)])
        let params = try #require(model.operations.first?.params)
        #expect(params.map(\.name) == ["m", "h", "q", "sort", "p"])
        #expect(params.map(\.style) == [.matrix, .header, .query, .query, .plain])
        #expect(params[0].type == .xsd("boolean"))
        #expect(params[1].required)
        let q = params[2]
        #expect(q.type == .xsd("int") && q.repeating && q.defaultValue == "5" && q.fixedValue == "5" && q.documentation == "How many.")
        #expect(params[3].options.map(\.value) == ["asc", "desc"])
        #expect(params[3].options[0].documentation == "Ascending.")
        #expect(params[3].options[1].mediaType == "text/plain")
        #expect(params[4].path == "/a/b")
    }

    @Test func responsesByStatusWithRepresentations() throws {
        let (model, _) = try model(["application.wadl": Fragment.wadl("""
            <resource path="r">
              <method name="POST">
                <request><representation mediaType="application/xml"/><representation mediaType="application/json"/></request>
                <response status="201"><representation mediaType="text/plain"><doc>The new URI.</doc></representation></response>
                <response status="400 404"><representation mediaType="application/xml"/></response>
                <response><representation mediaType="application/xml"/></response>
              </method>
            </resource>
            """)])
        let operation = try #require(model.operations.first)
        #expect(operation.request.map(\.mediaType) == ["application/xml", "application/json"])
        #expect(operation.responses.map(\.statuses) == [[201], [400, 404], [200]])
        #expect(operation.responses[0].representations[0].documentation == "The new URI.")
    }

    @Test func methodRepresentationParamAndResourceTypeReferences() throws {
        let (model, result) = try model([
            "application.wadl": """
            <application xmlns="http://wadl.dev.java.net/2009/02">
              <resources base="http://example.com/">
                <resource path="a" type="#common other.wadl#extra">
                  <method href="#get"/>
                  <method href="other.wadl#delete"/>
                </resource>
              </resources>
              <resource_type id="common"><param name="key" style="query" required="true"/><method name="HEAD"/></resource_type>
              <method name="GET" id="get"><request><param href="#limit"/></request>
                <response><representation href="#xml"/></response></method>
              <param name="limit" id="limit" style="query" type="xs:int" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
              <representation id="xml" mediaType="application/xml"/>
            </application>
            """,
            "other.wadl": """
            <application xmlns="http://wadl.dev.java.net/2009/02">
              <method name="DELETE" id="delete"/>
              <resource_type id="extra"><resource path="sub"><method name="GET" id="sub"/></resource></resource_type>
            </application>
            """,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(model.operations.map { "\($0.method) \($0.path)" } == ["GET a", "DELETE a", "HEAD a", "GET a/sub"])
        let get = model.operations[0]
        #expect(get.params.map(\.name) == ["key", "limit"])
        #expect(get.params[1].type == .xsd("int"))
        #expect(get.responses.first?.representations.first?.mediaType == "application/xml")
        #expect(model.sourceFiles == ["application.wadl", "other.wadl"])
    }

    @Test func undefinedReferencesAreErrorsWithLines() throws {
        let input = try TemporaryInput(["application.wadl": Fragment.wadl("""
            <resource path="a">
              <method href="#missing"/>
            </resource>
            """)])
        let result = input.load("application.wadl")
        #expect(result.model == nil)
        let error = try #require(result.errors.first)
        #expect(error.message.contains("undefined method '#missing'"))
        #expect(error.location?.line == 6)
    }

    @Test func wadl2006FaultsBecomeResponses() throws {
        let (model, _) = try model(["application.wadl": """
            <application xmlns="http://research.sun.com/wadl/2006/10">
              <resources base="http://api.example.com/">
                <resource path="search">
                  <method name="GET" id="search">
                    <response>
                      <representation mediaType="application/xml"/>
                      <fault status="400" mediaType="application/xml"><doc>Bad query.</doc></fault>
                    </response>
                  </method>
                </resource>
              </resources>
            </application>
            """])
        let responses = try #require(model.operations.first?.responses)
        #expect(responses.map(\.statuses) == [[200], [400]])
        #expect(responses.map(\.isFault) == [false, true])
        #expect(responses[1].documentation == "Bad query.")
    }

    @Test func paramAfterRepresentationIsAWarningNotAnError() throws {
        let (model, result) = try model(["application.wadl": Fragment.wadl("""
            <resource path="a"><method name="POST"><request>
              <representation mediaType="application/xml"/>
              <param name="late" style="query"/>
            </request></method></resource>
            """)])
        #expect(model.operations.first?.params.map(\.name) == ["late"])
        #expect(result.warnings.contains { $0.message.contains("'param' after 'representation'") })
    }

    @Test func documentationEverywhereIsNormalized() throws {
        let (model, _) = try model(["application.wadl": """
            <application xmlns="http://wadl.dev.java.net/2009/02">
              <doc title="CUPI">
                  The provisioning API.
                    Indented line.
              </doc>
              <resources base="x"><resource path="a"><doc>Resource &amp; docs</doc><method name="GET"/></resource></resources>
            </application>
            """])
        #expect(model.documentation == "CUPI\n\nThe provisioning API.\n  Indented line.")
        #expect(model.resources.first?.documentation == "Resource & docs")
    }

    @Test func unprefixedBuiltinParamTypesAndUndeclaredXsdPrefix() throws {
        let (model, result) = try model(["application.wadl": """
            <application xmlns="http://wadl.dev.java.net/2009/02">
              <resources base="x"><resource path="a"><method name="GET"><request>
                <param name="a" style="query" type="int"/>
                <param name="b" style="query" type="xsd:date"/>
              </request></method></resource></resources>
            </application>
            """])
        #expect(model.operations.first?.params.map(\.type) == [.xsd("int"), .xsd("date")])
        #expect(result.warnings.contains { $0.message.contains("prefix 'xsd'") })
    }
}

@Suite("Documentation text")
struct DocumentationTextTests {
    @Test func textStartingOnTheTagLineIsDedentedByTheLinesAfterIt() {
        #expect(DocumentationText.normalize("First line.\n        Second line.\n          Indented.\n    ") == "First line.\nSecond line.\n  Indented.")
        #expect(DocumentationText.normalize("\n    A.\n      B.\n") == "A.\n  B.")
        #expect(DocumentationText.normalize("  \n \t\n") == nil)
    }

    /// One line takes a shortcut; it must end where the general path (taken once a newline is
    /// there) ends.
    @Test(arguments: ["  A doc. ", "\tTabbed\t", "   ", "", "x", " e\u{301} ", " \u{A0}kept\u{A0} "])
    func oneLineMatchesTheGeneralPath(_ line: String) {
        #expect(DocumentationText.normalize(line) == DocumentationText.normalize(line + "\n"))
        #expect(DocumentationText.normalize(line) == DocumentationText.normalize("\n" + line + "\r\n"))
    }
}
