/// A column a resource can be searched or sorted by; generated per resource as a `String` enum.
public protocol QueryColumn: RawRepresentable<String>, Sendable {}

/// One search criterion in CUPI's query language, sent as the `query` parameter.
///
/// CUPI accepts a single criterion per request (no AND/OR). The value is inserted as given; the
/// client percent-encodes the whole parameter, so `Query.is(.alias, "John Smith")` goes out as
/// `query=(alias%20is%20John%20Smith)`.
public struct Query<Column: QueryColumn>: Sendable, Hashable {
    /// The criterion text, for example `(alias is jdoe)`.
    public var rawValue: String

    private init(_ rawValue: String) { self.rawValue = rawValue }

    /// `(column is value)`: an exact match.
    public static func `is`(_ column: Column, _ value: String) -> Query {
        Query("(\(column.rawValue) is \(value))")
    }

    /// `(column startswith value)`: a prefix match.
    public static func startsWith(_ column: Column, _ value: String) -> Query {
        Query("(\(column.rawValue) startswith \(value))")
    }

    /// `(column isnull)`: the column has no value.
    public static func isNull(_ column: Column) -> Query {
        Query("(\(column.rawValue) isnull)")
    }

    /// `(column isnotnull)`: the column has a value.
    public static func isNotNull(_ column: Column) -> Query {
        Query("(\(column.rawValue) isnotnull)")
    }
}

/// A sort order, sent as the `sort` parameter: `(column asc)` or `(column desc)`. With a query, CUPI
/// requires the sort column to be the query's column.
public struct Sort<Column: QueryColumn>: Sendable, Hashable {
    /// The sort text, for example `(alias asc)`.
    public var rawValue: String

    private init(_ rawValue: String) { self.rawValue = rawValue }

    /// Ascending by `column`.
    public static func ascending(_ column: Column) -> Sort {
        Sort("(\(column.rawValue) asc)")
    }

    /// Descending by `column`.
    public static func descending(_ column: Column) -> Sort {
        Sort("(\(column.rawValue) desc)")
    }
}
