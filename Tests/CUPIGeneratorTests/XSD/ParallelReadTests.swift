import Foundation
import Testing
@testable import CUPIGenerator

/// A large schema's named types are read in slices side by side (`ParallelRead`); what comes out
/// must be what reading in order gives, for every input, valid or not.
@Suite("Named types read in slices")
struct ParallelReadTests {
    /// Thirty types that derive from and refer to each other across any slice border, with
    /// anonymous types, a group used by several, an attribute group and a substitution group.
    static let valid = (0..<30).map { index in
        // Chains T28 → T29 → T0 → … → T6, T7 → … → T13, …: each ends at a type without a base.
        let base = index % 7 == 6 ? "" : " base=\"t:T\((index + 1) % 30)\""
        let content = base.isEmpty
            ? "<xs:sequence><xs:group ref=\"t:Shared\"/><xs:element name=\"Own\"><xs:complexType><xs:sequence><xs:element name=\"X\" type=\"xs:int\"/></xs:sequence></xs:complexType></xs:element></xs:sequence>"
            : "<xs:complexContent><xs:extension\(base)><xs:sequence><xs:element name=\"E\(index)\" minOccurs=\"0\"><xs:simpleType><xs:restriction base=\"xs:string\"><xs:maxLength value=\"\(index + 1)\"/></xs:restriction></xs:simpleType></xs:element><xs:element ref=\"t:Head\" minOccurs=\"0\"/></xs:sequence><xs:attributeGroup ref=\"t:Common\"/></xs:extension></xs:complexContent>"
        return "<xs:complexType name=\"T\(index)\">\(content)</xs:complexType>"
    }.joined(separator: "\n") + """

        <xs:group name="Shared"><xs:choice><xs:element name="A" type="xs:string"/><xs:element name="B"><xs:complexType><xs:attribute name="n" type="xs:int"/></xs:complexType></xs:element></xs:choice></xs:group>
        <xs:attributeGroup name="Common"><xs:attribute name="id" type="xs:ID"/></xs:attributeGroup>
        <xs:element name="Head" type="xs:string"/>
        <xs:element name="Member" type="xs:string" substitutionGroup="t:Head"/>
        <xs:element name="Root"><xs:complexType><xs:sequence><xs:element name="Item" type="t:T12" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
        """

    static func sameOutput(_ a: XSDReader.Output, _ b: XSDReader.Output) -> Bool {
        a.types == b.types && a.elements == b.elements && a.diagnostics == b.diagnostics
    }

    @Test func aValidSchemaIsReadInSlicesAsInOrder() {
        let document = XSD.document(Self.valid)
        let inOrder = XSDReader.read([document], slices: 1)
        #expect(inOrder.diagnostics.isEmpty, "\(inOrder.diagnostics)")
        #expect(inOrder.types.count > 60)
        // The slices' read stands, rather than falling back to reading in order.
        #expect(ParallelRead.namedTypes(of: SchemaIndex([document]), slices: 3) != nil)
        for slices in [2, 3, 7, 30] {
            #expect(Self.sameOutput(XSDReader.read([document], slices: slices), inOrder), "\(slices) slices")
        }
    }

    /// A derivation cycle across a slice border: each slice would report it where it entered
    /// it, so the slices' read is dropped, and the one report is the one reading in order gives.
    @Test func aSchemaWithErrorsIsReadInOrder() {
        let document = XSD.document("""
            <xs:complexType name="A"><xs:complexContent><xs:extension base="t:Z"/></xs:complexContent></xs:complexType>
            <xs:complexType name="M"><xs:sequence><xs:element name="V" type="xs:string"/></xs:sequence></xs:complexType>
            <xs:complexType name="Z"><xs:complexContent><xs:extension base="t:A"/></xs:complexContent></xs:complexType>
            """)
        #expect(ParallelRead.namedTypes(of: SchemaIndex([document]), slices: 3) == nil)
        let inOrder = XSDReader.read([document], slices: 1)
        #expect(inOrder.diagnostics.count == 1)
        #expect(Self.sameOutput(XSDReader.read([document], slices: 3), inOrder))
    }

    /// The bundled description, the constructs schema and every entry of the shared corpus.
    @Test func everyInputReadsTheSameInSlices() throws {
        var paths = [GoldenTests.input, Fragment.repositoryRoot + "/Tests/GeneratedCode/ConstructsModel/constructs.xsd"]
        if let shared = Fragment.shared {
            let manifest = try String(contentsOfFile: shared + "/corpus/MANIFEST.tsv", encoding: .utf8)
            let rows = manifest.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            paths += rows.filter { $0.count > 9 && $0[9].hasPrefix("entry") && ($0[5] == "wadl" || $0[5] == "xsd") }
                .map { shared + "/corpus/" + $0[0] }
        } else {
            print("the shared corpus is absent: only the bundled inputs are read in slices")
        }
        for path in paths {
            var sliced = FrontendOptions()
            sliced.xsdSlices = 3
            var inOrder = FrontendOptions()
            inOrder.xsdSlices = 1
            let a = Frontend.load(path, options: sliced), b = Frontend.load(path, options: inOrder)
            #expect(a.model == b.model && a.diagnostics == b.diagnostics, "\(path)")
        }
    }
}
