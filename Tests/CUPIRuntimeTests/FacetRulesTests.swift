@_spi(Generated) import CUPIRuntime
import Testing

@Suite struct FacetRulesTests {
    private func rules(_ facets: FacetRules, _ value: String) -> [String] {
        var issues: [ValidationIssue] = []
        facets.check(value, at: "V", into: &issues)
        #expect(issues.allSatisfy { $0.path == "V" && $0.value == value })
        return issues.map(\.rule)
    }

    @Test func lengthsCountUnicodeScalars() {
        let facets = FacetRules(length: 3, kind: .string)
        #expect(rules(facets, "abc") == [])
        #expect(rules(facets, "😀é1") == [])
        #expect(rules(facets, "ab") == ["length 3"])
        let range = FacetRules(minLength: 2, maxLength: 4, kind: .string)
        #expect(rules(range, "a") == ["minLength 2"])
        #expect(rules(range, "abcde") == ["maxLength 4"])
        #expect(rules(range, "abcd") == [])
    }

    @Test func xsdPatterns() {
        #expect(rules(FacetRules(patterns: [[#"\d{3,8}"#]], kind: .string), "12345") == [])
        #expect(rules(FacetRules(patterns: [[#"\d{3,8}"#]], kind: .string), "12a45") == [#"pattern \d{3,8}"#])
        // Patterns are anchored: a match inside the value is not enough.
        #expect(rules(FacetRules(patterns: [["[0-9]+"]], kind: .string), "x12") == ["pattern [0-9]+"])
        #expect(rules(FacetRules(patterns: [[#"\i\c*"#]], kind: .string), "_name-1.x") == [])
        #expect(rules(FacetRules(patterns: [[#"\i\c*"#]], kind: .string), "1name") == [#"pattern \i\c*"#])
        #expect(rules(FacetRules(patterns: [["[a-z-[aeiou]]+"]], kind: .string), "bcd") == [])
        #expect(rules(FacetRules(patterns: [["[a-z-[aeiou]]+"]], kind: .string), "bad") == ["pattern [a-z-[aeiou]]+"])
        #expect(rules(FacetRules(patterns: [[#"\p{Lu}+"#]], kind: .string), "ÉCOLE") == [])
        #expect(rules(FacetRules(patterns: [["a.c"]], kind: .string), "a\u{0}c") == ["pattern a.c"])
    }

    @Test func patternStepsAndAlternatives() {
        // Within a step any pattern may match; every step must match.
        let facets = FacetRules(patterns: [["[0-9]+", "x[0-9]+"], [".{1,3}"]], kind: .string)
        #expect(rules(facets, "12") == [])
        #expect(rules(facets, "x1") == [])
        #expect(rules(facets, "1234") == ["pattern .{1,3}"])
        #expect(rules(facets, "abcd") == ["pattern [0-9]+ | x[0-9]+", "pattern .{1,3}"])
    }

    @Test func invalidPatternIsAnIssueNotACrash() {
        #expect(rules(FacetRules(patterns: [["[unclosed"]], kind: .string), "x") == ["pattern (invalid)"])
    }

    @Test func enumerations() {
        let facets = FacetRules(enumeration: ["red", "green"], kind: .string)
        #expect(rules(facets, "red") == [])
        #expect(rules(facets, "blue") == ["enumeration"])
        #expect(rules(FacetRules(enumeration: ["1.0", "2"], kind: .decimal), "1") == [])
        #expect(rules(FacetRules(enumeration: ["1.0", "2"], kind: .decimal), " 2.00 ") == [])
    }

    @Test func decimalBoundsAreExact() {
        let facets = FacetRules(minInclusive: "0.1", maxExclusive: "99999999999999999999.5", kind: .decimal)
        #expect(rules(facets, "0.1") == [])
        #expect(rules(facets, "0.09999999999999999999") == ["minInclusive 0.1"])
        #expect(rules(facets, "99999999999999999999.4999") == [])
        #expect(rules(facets, "99999999999999999999.5") == ["maxExclusive 99999999999999999999.5"])
        let integers = FacetRules(maxInclusive: "10", minExclusive: "-5", kind: .decimal)
        #expect(rules(integers, "-5") == ["minExclusive -5"])
        #expect(rules(integers, "-4") == [])
        #expect(rules(integers, "+010") == [])
        #expect(rules(integers, "11") == ["maxInclusive 10"])
        #expect(rules(integers, "-0") == [])
        #expect(rules(integers, "ten") == ["type decimal"])
    }

    @Test func floatBounds() {
        let facets = FacetRules(minInclusive: "-1.5", maxInclusive: "INF", kind: .float)
        #expect(rules(facets, "1E300") == [])
        #expect(rules(facets, "-INF") == ["minInclusive -1.5"])
        #expect(rules(facets, "NaN") == ["minInclusive -1.5", "maxInclusive INF"])
    }

    @Test func dateAndTimeBounds() {
        let dates = FacetRules(minInclusive: "2020-01-01", maxExclusive: "2021-01-01", kind: .date)
        #expect(rules(dates, "2020-06-30") == [])
        #expect(rules(dates, "2019-12-31") == ["minInclusive 2020-01-01"])
        #expect(rules(dates, "2021-01-01") == ["maxExclusive 2021-01-01"])
        let stamps = FacetRules(maxInclusive: "2020-01-01T12:00:00Z", kind: .dateTime)
        #expect(rules(stamps, "2020-01-01T13:00:00+02:00") == [])
        #expect(rules(stamps, "2020-01-01T12:00:00.001Z") == ["maxInclusive 2020-01-01T12:00:00Z"])
        // Without a time zone the value may be 14 hours either way: only a wider gap decides.
        #expect(rules(stamps, "2020-01-02T01:00:00") == [])
        #expect(rules(stamps, "2020-01-03T00:00:00") == ["maxInclusive 2020-01-01T12:00:00Z"])
        let times = FacetRules(minInclusive: "08:00:00", maxInclusive: "17:30:00", kind: .time)
        #expect(rules(times, "12:00:00") == [])
        #expect(rules(times, "07:59:59.9") == ["minInclusive 08:00:00"])
        #expect(rules(times, "25:00:00") == ["type time"])
    }

    @Test func durationBounds() {
        let facets = FacetRules(maxInclusive: "P1M", kind: .duration)
        #expect(rules(facets, "P27D") == [])
        #expect(rules(facets, "P32D") == ["maxInclusive P1M"])
        #expect(rules(facets, "P30D") == [])
        #expect(rules(facets, "PT1H30M") == [])
        #expect(rules(facets, "P1Y") == ["maxInclusive P1M"])
        #expect(rules(facets, "P") == ["type duration"])
    }

    @Test func digits() {
        let facets = FacetRules(totalDigits: 5, fractionDigits: 2, kind: .decimal)
        #expect(rules(facets, "123.45") == [])
        #expect(rules(facets, "0123.450") == [])
        #expect(rules(facets, "1234.5") == [])
        #expect(rules(facets, "123456") == ["totalDigits 5"])
        #expect(rules(facets, "1.234") == ["fractionDigits 2"])
        #expect(rules(facets, "1234.567") == ["totalDigits 5", "fractionDigits 2"])
        #expect(rules(FacetRules(totalDigits: 1, kind: .decimal), "0.001") == ["totalDigits 1"])
    }

    @Test func whiteSpace() {
        #expect(rules(FacetRules(length: 3, patterns: [["[a-z]+"]], whiteSpace: .collapse, kind: .string), "  abc \n") == [])
        #expect(rules(FacetRules(length: 3, whiteSpace: .preserve, kind: .string), " abc") == ["length 3"])
        #expect(rules(FacetRules(patterns: [["a b c"]], whiteSpace: .replace, kind: .string), "a\tb\nc") == [])
        #expect(rules(FacetRules(patterns: [["a b"]], whiteSpace: .collapse, kind: .string), " a \t\r\n b ") == [])
        // Numbers collapse by default.
        #expect(rules(FacetRules(maxInclusive: "5", kind: .decimal), " 4\n") == [])
    }

    @Test func listLengthsCountItems() {
        var issues: [ValidationIssue] = []
        FacetRules(maxLength: 2, enumeration: ["a b"], kind: .string).checkList(["a", "b", "c"], at: "L", into: &issues)
        #expect(issues == [ValidationIssue(path: "L", rule: "maxLength 2", value: "a b c"), ValidationIssue(path: "L", rule: "enumeration", value: "a b c")])
    }

    @Test func occurrences() {
        var issues: [ValidationIssue] = []
        Occurrences.check(count: 0, min: 1, max: 1, at: "A", into: &issues)
        Occurrences.check(count: 3, min: 0, max: 2, at: "B", into: &issues)
        Occurrences.check(count: 1000, min: 0, max: nil, at: "C", into: &issues)
        #expect(issues == [ValidationIssue(path: "A", rule: "minOccurs 1"), ValidationIssue(path: "B", rule: "maxOccurs 2")])
    }

    @Test func modelsReportEveryViolationWithPaths() {
        let user = User(alternateExtensions: [
            AlternateExtension(dtmfAccessId: "12", idIndex: 1), AlternateExtension(dtmfAccessId: "1234", idIndex: 0),
            AlternateExtension(), AlternateExtension(),
        ])
        let issues = user.validate()
        #expect(issues.map(\.description) == [
            "Alias: violates minOccurs 1",
            "AlternateExtensions/AlternateExtension: violates maxOccurs 3",
            "AlternateExtensions/AlternateExtension[1]/DtmfAccessId: violates pattern [0-9]{3,8}: '12'",
            "AlternateExtensions/AlternateExtension[2]/IdIndex: violates minInclusive 1: '0'",
        ])
        var nested: [ValidationIssue] = []
        user.validate(at: "Users/User[2]", into: &nested)
        #expect(nested.first?.path == "Users/User[2]/Alias")
    }

    @Test func rulesAreSharedAcrossThreads() async {
        let facets = FacetRules(patterns: [["[0-9]{4}"]], kind: .string)
        await withTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask {
                    var issues: [ValidationIssue] = []
                    for value in 0..<200 { facets.check(String(index * 200 + value), at: "", into: &issues) }
                    return issues.count
                }
            }
            var total = 0
            for await count in group { total += count }
            #expect(total == 1000)
        }
    }
}
