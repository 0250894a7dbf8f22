import Testing
@testable import CUPIGenerator

/// `CUPI.routes` is appended from functions of at most 100 routes each: one function of 1,100
/// appends took 472 ms to type-check (Benchmarks/RESULTS.md, section 18).
@Suite("The route table's parts")
struct RoutesRendererTests {
    private func rendered(routes count: Int) -> String {
        var module = GeneratedModule(access: "public")
        module.clientName = "API"
        module.routes = (0..<count).map {
            RouteDecl(method: "GET", path: "things/\($0)", operationId: "get\($0)", requiredQuery: [], requestElement: nil,
                      requestMediaTypes: [], responseElement: nil, listItemElement: nil, responseMediaTypes: [], successStatuses: [200])
        }
        var writer = CodeWriter()
        RoutesRenderer(module: module).render(into: &writer)
        return writer.text
    }

    /// The number of `routes.append(` lines in each `static func appendN`, in order.
    private func appendsPerPart(_ text: String) -> [Int] {
        var parts: [Int] = []
        for line in text.split(separator: "\n") {
            if line.contains("static func append") { parts.append(0) } else if line.contains("routes.append("), !parts.isEmpty { parts[parts.count - 1] += 1 }
        }
        return parts
    }

    @Test func twoHundredFiftyRoutesMakeThreePartsInOrder() {
        let text = rendered(routes: 250)
        #expect(appendsPerPart(text) == [100, 100, 50])
        #expect(text.contains("RouteParts.append1(to: &routes)\n        RouteParts.append2(to: &routes)\n        RouteParts.append3(to: &routes)\n        return routes"))
        let paths = text.split(separator: "\n").compactMap { line in
            line.firstRange(of: "path: \"things/").map { range in Int(line[range.upperBound...].prefix { $0 != "\"" }) }
        }
        #expect(paths == (0..<250).map { $0 })
    }

    @Test func aSmallTableIsOnePartAndNoRoutesNone() {
        #expect(appendsPerPart(rendered(routes: 3)) == [3])
        let empty = rendered(routes: 0)
        #expect(appendsPerPart(empty).isEmpty)
        #expect(empty.contains("routes.reserveCapacity(0)\n        return routes"))
    }

    @Test func aSchemaTypeCannotTakeThePartsName() {
        #expect(TypeNames.reserved.contains("RouteParts"))
    }
}
