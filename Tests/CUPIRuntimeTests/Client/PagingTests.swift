@testable import CUPIRuntime
import Foundation
import Testing

@Suite struct PagingTests {
    /// Fetches from `pages` (1-based), recording the page numbers asked for.
    private final class PageSource: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [Int] = []
        let pages: [Page<Int>]
        init(_ pages: [Page<Int>]) { self.pages = pages }
        var requested: [Int] { lock.withLock { asked } }
        func fetch(_ number: Int, _ rows: Int) -> Page<Int> {
            lock.withLock { asked.append(number) }
            return number <= pages.count ? pages[number - 1] : Page(items: [], total: nil)
        }
        func sequence(rowsPerPage: Int) -> PagedSequence<Int> {
            PagedSequence(rowsPerPage: rowsPerPage) { number, rows in self.fetch(number, rows) }
        }
    }

    private func collect(_ sequence: PagedSequence<Int>) async throws -> [Int] {
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    @Test func stopsOnAnEmptyPage() async throws {
        let source = PageSource([Page(items: [1, 2], total: nil), Page(items: [3, 4], total: nil)])
        #expect(try await collect(source.sequence(rowsPerPage: 2)) == [1, 2, 3, 4])
        #expect(source.requested == [1, 2, 3])
    }

    @Test func stopsOnAShortPageWithoutAnotherRequest() async throws {
        let source = PageSource([Page(items: [1, 2], total: nil), Page(items: [3], total: nil), Page(items: [99], total: nil)])
        #expect(try await collect(source.sequence(rowsPerPage: 2)) == [1, 2, 3])
        #expect(source.requested == [1, 2])
    }

    @Test func stopsWhenTotalIsReached() async throws {
        let source = PageSource([Page(items: [1, 2], total: 4), Page(items: [3, 4], total: 4), Page(items: [99, 98], total: 4)])
        #expect(try await collect(source.sequence(rowsPerPage: 2)) == [1, 2, 3, 4])
        #expect(source.requested == [1, 2])
    }

    @Test func anEmptyFirstPageYieldsNothing() async throws {
        let source = PageSource([Page(items: [], total: 0)])
        #expect(try await collect(source.sequence(rowsPerPage: 0)) == [])
        #expect(source.requested == [1])
        #expect(source.sequence(rowsPerPage: 0).rowsPerPage == 1)
    }

    @Test func allFetchesPagesThroughTheClient() async throws {
        let transport = RecordingTransport { request, _ in
            switch request.path {
            case let path where path.hasSuffix("pageNumber=1"):
                .ok(#"<Users total="3"><User><Alias>a</Alias></User><User><Alias>b</Alias></User></Users>"#)
            default:
                .ok(#"<Users total="3"><User><Alias>c</Alias></User></Users>"#)
            }
        }
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        var aliases: [String] = []
        for try await user in users.all(query: .startsWith(.alias, "x"), rowsPerPage: 2) { aliases.append(user.alias ?? "") }
        #expect(aliases == ["a", "b", "c"])
        #expect(transport.requests.map(\.path) == [
            "/vmrest/users?query=(alias%20startswith%20x)&rowsPerPage=2&pageNumber=1",
            "/vmrest/users?query=(alias%20startswith%20x)&rowsPerPage=2&pageNumber=2",
        ])
    }

    @Test func countAsksForZeroRowsAndReturnsTheTotal() async throws {
        let transport = RecordingTransport([
            .ok(#"<Users total="1234"/>"#),
            .response(status: 200, headers: [("Content-Type", "application/json")], body: #"{"@total":"56"}"#),
        ])
        let users = UsersEndpoint(client: try Fixtures.client(transport))
        #expect(try await users.count(query: .is(.alias, "jdoe")) == 1234)
        #expect(try await users.count() == 56)
        #expect(transport.requests.map(\.path) == ["/vmrest/users?query=(alias%20is%20jdoe)&rowsPerPage=0", "/vmrest/users?rowsPerPage=0"])
    }
}
