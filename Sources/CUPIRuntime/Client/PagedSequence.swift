/// One page of a list: its items and, when the server said, the total across all pages.
public struct Page<Item: Sendable>: Sendable {
    /// The items on this page.
    public var items: [Item]
    /// The number of items across all pages (CUPI's `total`), when known.
    public var total: Int?

    /// Makes a page.
    public init(items: [Item], total: Int?) {
        self.items = items
        self.total = total
    }
}

/// Every item of a paged list, fetched page by page (`pageNumber` 1, 2, …) as iteration reaches it.
///
/// Iteration stops after an empty page, a short page (fewer than `rowsPerPage` items), or once
/// `total` items have been seen, whichever comes first, so it ends even when the server omits
/// `total` and costs no extra request when a page comes back short.
public struct PagedSequence<Item: Sendable>: AsyncSequence, Sendable {
    /// Each element is one item of the list.
    public typealias Element = Item

    /// The page size requested; at least 1, because `rowsPerPage=0` asks CUPI for a count only.
    public let rowsPerPage: Int
    private let fetch: @Sendable (_ pageNumber: Int, _ rowsPerPage: Int) async throws -> Page<Item>

    /// Makes a sequence that calls `fetch` for each page; a `rowsPerPage` below 1 is taken as 1.
    public init(rowsPerPage: Int, fetch: @escaping @Sendable (_ pageNumber: Int, _ rowsPerPage: Int) async throws -> Page<Item>) {
        self.rowsPerPage = Swift.max(1, rowsPerPage)
        self.fetch = fetch
    }

    /// Makes an iterator that starts at page 1.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(rowsPerPage: rowsPerPage, fetch: fetch)
    }

    /// Fetches the next page when the current one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let rowsPerPage: Int
        private let fetch: @Sendable (Int, Int) async throws -> Page<Item>
        private var buffer: [Item] = []
        private var position = 0
        private var nextPageNumber = 1
        private var seen = 0
        private var finished = false

        init(rowsPerPage: Int, fetch: @escaping @Sendable (Int, Int) async throws -> Page<Item>) {
            self.rowsPerPage = rowsPerPage
            self.fetch = fetch
        }

        /// The next item, fetching the next page when the current one is used up; nil after the last.
        /// - Throws: what the page fetch throws, typically a `CUPIError`.
        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                guard !finished else { return nil }
                let page = try await fetch(nextPageNumber, rowsPerPage)
                nextPageNumber += 1
                buffer = page.items
                position = 0
                seen += page.items.count
                finished = page.items.count < rowsPerPage || page.total.map { seen >= $0 } ?? false
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
