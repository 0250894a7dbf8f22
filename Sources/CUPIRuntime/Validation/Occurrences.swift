/// Occurrence bounds (`minOccurs`, `maxOccurs`) of a repeated or optional field.
@_spi(Generated) public enum Occurrences {
    /// Appends `minOccurs min` when `count < min`, and `maxOccurs max` when `count > max`
    /// (`max` nil: unbounded).
    public static func check(count: Int, min: Int, max: Int?, at path: String, into issues: inout [ValidationIssue]) {
        if count < min { issues.append(ValidationIssue(path: path, rule: "minOccurs \(min)")) }
        if let max, count > max { issues.append(ValidationIssue(path: path, rule: "maxOccurs \(max)")) }
    }
}
