import Testing
@testable import CUPIGenerator

/// One minimal before/after WADL per rule, run forward (finding `forward`) and backward
/// (finding `backward`).
@Suite("Diff: API rules")
struct DiffAPIRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var forward: String
        var backward: String
        var old: String
        var new: String
        var testDescription: String { "\(forward) / \(backward)" }
    }

    static func get(_ request: String = "", responses: String = #"<response status="200"><representation mediaType="application/xml" element="Item"/></response>"#,
                    id: String = "getItems") -> String {
        #"<resource path="items"><method id="\#(id)" name="GET"><request>\#(request)</request>\#(responses)</method></resource>"#
    }

    static func query(_ attributes: String, options: String = "") -> String {
        #"<param name="q" style="query" type="xs:string" \#(attributes)>\#(options)</param>"#
    }

    static let plain = get()
    static let cases: [Case] = [
        Case(forward: "resource-added", backward: "resource-removed", old: plain,
             new: plain + #"<resource path="others"><method name="GET"/></resource>"#),
        Case(forward: "operation-added", backward: "operation-removed", old: plain,
             new: #"<resource path="items"><method id="getItems" name="GET"><response status="200"><representation mediaType="application/xml" element="Item"/></response></method><method name="DELETE"/></resource>"#),
        Case(forward: "id-changed", backward: "id-changed", old: plain, new: get(id: "listItems")),
        Case(forward: "param-added-required", backward: "param-removed", old: plain, new: get(query(#"required="true""#))),
        Case(forward: "param-added-optional", backward: "param-removed", old: plain, new: get(query(""))),
        Case(forward: "param-became-required", backward: "param-became-optional", old: get(query("")), new: get(query(#"required="true""#))),
        Case(forward: "type-changed", backward: "type-changed", old: get(query("")),
             new: get(#"<param name="q" style="query" type="xs:int"/>"#)),
        Case(forward: "default-changed", backward: "default-changed", old: get(query(#"default="a""#)), new: get(query(#"default="b""#))),
        Case(forward: "enum-value-added", backward: "enum-value-removed", old: get(query("", options: #"<option value="a"/>"#)),
             new: get(query("", options: #"<option value="a"/><option value="b"/>"#))),
        Case(forward: "facet-tightened", backward: "facet-relaxed", old: get(query("")), new: get(query("", options: #"<option value="a"/>"#))),
        Case(forward: "representation-added", backward: "representation-removed", old: plain,
             new: get(responses: #"<response status="200"><representation mediaType="application/xml" element="Item"/><representation mediaType="application/json" element="Item"/></response>"#)),
        Case(forward: "representation-element-changed", backward: "representation-element-changed", old: plain,
             new: get(responses: #"<response status="200"><representation mediaType="application/xml" element="Other"/></response>"#)),
        Case(forward: "status-added", backward: "error-status-removed", old: plain,
             new: get(responses: #"<response status="200"><representation mediaType="application/xml" element="Item"/></response><response status="404"/>"#)),
        Case(forward: "status-added", backward: "success-status-removed", old: plain,
             new: get(responses: #"<response status="200 203"><representation mediaType="application/xml" element="Item"/></response>"#)),
        Case(forward: "documentation-changed", backward: "documentation-changed", old: plain,
             new: #"<resource path="items"><doc>All items.</doc><method id="getItems" name="GET"><response status="200"><representation mediaType="application/xml" element="Item"/></response></method></resource>"#),
    ]

    @Test(arguments: cases)
    func ruleFindsItsChangeBothWays(_ example: Case) throws {
        let old = DiffFixture.api(example.old), new = DiffFixture.api(example.new)
        let forward = try DiffFixture.changes(old, new), backward = try DiffFixture.changes(new, old)
        #expect(!forward.of(example.forward).isEmpty, "\(example.forward) not found in:\n\(forward.summary)")
        #expect(!backward.of(example.backward).isEmpty, "\(example.backward) not found in:\n\(backward.summary)")
        for change in forward + backward {
            let rule = try #require(DiffRule.named(change.rule))
            #expect(change.level == rule.level(for: change.direction))
        }
    }

    @Test func paramChangesFlowInTheRequestAndStatusesInTheResponse() throws {
        let changes = try DiffFixture.changes(DiffFixture.api(Self.plain), DiffFixture.api(Self.get(Self.query(#"required="true""#),
            responses: #"<response status="200"><representation mediaType="application/xml" element="Item"/></response><response status="404"/>"#)))
        #expect(changes.of("param-added-required").map(\.direction) == [.request])
        #expect(changes.of("param-added-required").map(\.level) == [.breaking])
        #expect(changes.of("param-added-required").map(\.symbol) == ["CUPI.items.get(q:options:)"])
        #expect(changes.of("status-added").map(\.direction) == [.response])
    }

    @Test func operationsOfAnAddedResourceAreListedWithIt() throws {
        let changes = try DiffFixture.changes(DiffFixture.api(Self.plain),
                                              DiffFixture.api(Self.plain + #"<resource path="others"><method name="GET"/><method name="PUT"/></resource>"#))
        #expect(changes.map(\.rule) == ["resource-added"])
        #expect(changes.first?.message == "resource others added (GET, PUT)")
    }

    @Test func templateParamNamesDoNotSplitAPath() throws {
        let changes = try DiffFixture.changes(
            DiffFixture.api(#"<resource path="items/{id}"><param name="id" style="template"/><method name="GET"/></resource>"#),
            DiffFixture.api(#"<resource path="items/{objectId}"><param name="objectId" style="template"/><method name="GET"/></resource>"#))
        #expect(changes.of("resource-added").isEmpty && changes.of("resource-removed").isEmpty, "\(changes.summary)")
    }

    @Test func everyAPIRuleHasACase() {
        let covered = Set(Self.cases.flatMap { [$0.forward, $0.backward] })
        let missing = DiffRule.apiRules.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty)
    }
}
