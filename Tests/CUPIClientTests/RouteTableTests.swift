import CUPIClient
import Foundation
import LibXML
import Testing

/// `CUPI.routes` against the description read another way: every `<method>` of
/// `Inputs/cupi/application.wadl` in libxml2's tree, in document order. The generated table is
/// appended from parts of 100 (one long function type-checks slowly), so a part left out or run
/// twice shows here.
@Suite("The route table against libxml2's reading of the WADL")
struct RouteTableTests {
    static let wadl = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Inputs/cupi/application.wadl")

    /// "METHOD id" of every `<method>` under `element`, depth first.
    private static func methods(under element: XMLElement) -> [String] {
        element.children.flatMap { child in
            child.localName == "method" ? ["\(child.attribute("name") ?? "?") \(child.attribute("id") ?? "?")"] : methods(under: child)
        }
    }

    @Test func everyMethodOnceInTheDescriptionsOrder() throws {
        let root = try #require(try XMLDocument.load(contentsOf: Self.wadl, path: "application.wadl").root)
        let expected = Self.methods(under: root)
        #expect(expected.count > 300, "the whole CUPI API has over 300 methods")
        let routes = CUPI.routes.map { "\($0.method) \($0.operationId ?? "?")" }
        #expect(routes.count == expected.count)
        // The first difference, not two lists of 324 in the failure.
        let first = zip(routes, expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(first == nil, "route \(first?.offset ?? 0): \(first?.element.0 ?? "") where the WADL has \(first?.element.1 ?? "")")
    }
}
