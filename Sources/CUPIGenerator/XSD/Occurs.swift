/// `minOccurs` and `maxOccurs` of a particle.
extension SchemaResolver {
    /// The particle's occurrence; invalid values are reported and read as 1.
    func occurs(_ node: SchemaNode) -> Occurrence {
        let min = bound("minOccurs", of: node) ?? 1
        let max: Int?
        if node.attribute("maxOccurs") == "unbounded" {
            max = nil
        } else {
            max = bound("maxOccurs", of: node) ?? 1
        }
        if let max, min > max {
            report(.error("minOccurs \(min) is greater than maxOccurs \(max)", at: node.location))
            return Occurrence(min: max, max: max)
        }
        return Occurrence(min: min, max: max)
    }

    private func bound(_ attribute: String, of node: SchemaNode) -> Int? {
        guard let text = node.attribute(attribute) else { return nil }
        guard let value = Int(text), value >= 0 else {
            let expected = attribute == "maxOccurs" ? "a non-negative integer or unbounded" : "a non-negative integer"
            report(.error("invalid \(attribute) '\(text)': expected \(expected)", at: node.location))
            return nil
        }
        return value
    }
}
