import Foundation
import CUPIRuntime

/// CUPI's one-criterion search and one-column sort (`query=(alias startswith jo)`,
/// `sort=(alias desc)`), and its paging, applied to a collection.
struct ListQuery: Sendable {
    enum Operator: String, Sendable { case `is`, startswith, isnull, isnotnull }

    struct Criterion: Sendable {
        var column: String
        var op: Operator
        var value: String
    }

    var criterion: Criterion?
    var sortColumn: String?
    var descending = false
    /// Nil means every row; 0 means the total only.
    var rowsPerPage: Int?
    /// 1-based; 0 means the total only.
    var pageNumber = 1

    /// Parses the query parameters; a malformed one is a message for a 400.
    init(parameters: [String: String]) throws(BodyProblem) {
        if let text = parameters["query"] {
            let words = Self.words(text)
            guard words.count >= 2, let op = Operator(rawValue: words[1].lowercased()) else {
                throw BodyProblem(code: "INVALID_PARAMETER", message: "query must be (column is|startswith value) or (column isnull|isnotnull): \(text)")
            }
            let needsValue = op == .is || op == .startswith
            guard needsValue ? words.count >= 3 : words.count == 2 else {
                throw BodyProblem(code: "INVALID_PARAMETER", message: "query has the wrong number of terms: \(text)")
            }
            // A value may contain spaces: everything after the operator is the value.
            criterion = Criterion(column: words[0], op: op, value: words.dropFirst(2).joined(separator: " "))
        }
        if let text = parameters["sort"] {
            let words = Self.words(text)
            guard words.count == 2, ["asc", "desc"].contains(words[1].lowercased()) else {
                throw BodyProblem(code: "INVALID_PARAMETER", message: "sort must be (column asc|desc): \(text)")
            }
            sortColumn = words[0]
            descending = words[1].lowercased() == "desc"
        }
        if let text = parameters["rowsPerPage"] {
            guard let rows = Int(text), rows >= 0 else { throw BodyProblem(code: "INVALID_PARAMETER", message: "rowsPerPage must be a number ≥ 0") }
            rowsPerPage = rows
        }
        if let text = parameters["pageNumber"] {
            guard let page = Int(text), page >= 0 else { throw BodyProblem(code: "INVALID_PARAMETER", message: "pageNumber must be a number ≥ 0") }
            pageNumber = page
        }
    }

    /// The matching items of `items` for the requested page, and how many match in all.
    func apply(to items: [AnyXMLElement]) -> (page: [AnyXMLElement], total: Int) {
        var matching = items.filter(matches)
        if let sortColumn {
            matching.sort { left, right in
                let a = left.field(sortColumn) ?? "", b = right.field(sortColumn) ?? ""
                let order = a.localizedStandardCompare(b)
                return descending ? order == .orderedDescending : order == .orderedAscending
            }
        }
        guard let rowsPerPage else { return (matching, matching.count) }
        guard rowsPerPage > 0, pageNumber > 0 else { return ([], matching.count) }
        let start = min((pageNumber - 1) * rowsPerPage, matching.count)
        let end = min(start + rowsPerPage, matching.count)
        return (Array(matching[start..<end]), matching.count)
    }

    private func matches(_ item: AnyXMLElement) -> Bool {
        guard let criterion else { return true }
        let value = item.field(criterion.column)
        switch criterion.op {
        case .is: return value?.caseInsensitiveCompare(criterion.value) == .orderedSame
        case .startswith: return value?.lowercased().hasPrefix(criterion.value.lowercased()) ?? false
        case .isnull: return value?.isEmpty ?? true
        case .isnotnull: return !(value?.isEmpty ?? true)
        }
    }

    /// The words between the parentheses.
    private static func words(_ text: String) -> [String] {
        var inner = Substring(text.trimmingCharacters(in: .whitespaces))
        if inner.hasPrefix("(") { inner = inner.dropFirst() }
        if inner.hasSuffix(")") { inner = inner.dropLast() }
        return inner.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }
}
