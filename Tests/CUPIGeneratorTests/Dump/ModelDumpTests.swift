import Foundation
import Testing
@testable import CUPIGenerator

@Suite("Model dump")
struct ModelDumpTests {
    /// The hand-written top level and the tree encoder say exactly what Foundation's encoder
    /// says, for a model with every kind of node (so a field added to the model cannot be lost).
    @Test func dumpMeansWhatFoundationsEncoderMeans() throws {
        let result = Frontend.load(Fragment.repositoryRoot + "/Inputs/cupi/application.wadl")
        let model = try #require(result.model)
        let ours = try JSONSerialization.jsonObject(with: Data(ModelDump.json(model))) as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: JSONEncoder().encode(model)) as? NSDictionary
        #expect(ours != nil && ours == foundation)
    }

    @Test func keysAreSortedAndStringsEscaped() throws {
        struct Sample: Encodable {
            var zebra = 1
            var alpha = "quote \" backslash \\ newline \n bell \u{7} slash /"
            var list = [true, false]
            var empty: [Int] = []
            var missing: String?
        }
        let text = String(decoding: try SortedJSONEncoder().encode(Sample()), as: UTF8.self)
        #expect(text == """
            {
              "alpha": "quote \\" backslash \\\\ newline \\n bell \\u0007 slash /",
              "empty": [],
              "list": [
                true,
                false
              ],
              "zebra": 1
            }

            """)
    }
}
