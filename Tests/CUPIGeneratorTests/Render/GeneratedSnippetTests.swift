import Testing
@testable import CUPIGenerator

/// A schema fragment in, the Swift it generates out: one test per construct.
@Suite("Generated Swift per construct")
struct GeneratedSnippetTests {
    private func generate(_ body: String, options: GeneratorOptions = GeneratorOptions()) throws -> [String: String] {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd(body)])
        let result = input.load("a.xsd")
        let model = try #require(result.model, "\(result.diagnostics)")
        let output = CodeGenerator.generate(model, options: options, source: "a.xsd")
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.name, $0.contents) })
    }

    @Test func complexTypeBecomesAStructWithOccurrences() throws {
        let files = try generate("""
            <xs:complexType name="User">
              <xs:annotation><xs:documentation>A user.</xs:documentation></xs:annotation>
              <xs:sequence>
                <xs:element name="ObjectId" type="xs:string" minOccurs="0"/>
                <xs:element name="DtmfAccessId" type="xs:int"/>
                <xs:element name="AlternateExtension" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence>
              <xs:attribute name="URI" type="xs:string"/>
            </xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("""
            /// A user.
            ///
            /// - Remark: Generated from `a.xsd:3`, complexType `User`.
            public struct User: Swift.Sendable, Swift.Hashable, Swift.Codable {
                public var objectId: Swift.String?
                public var dtmfAccessId: Swift.Int
                public var alternateExtension: [Swift.String]
                public var uri: Swift.String?

                public init(objectId: Swift.String? = nil, dtmfAccessId: Swift.Int, alternateExtension: [Swift.String] = [], uri: Swift.String? = nil) {
            """))
        let validation = try #require(files["Validation.swift"])
        #expect(validation.contains("XSDBuiltinRules.int.check(value.lexical, at: CUPIRuntime.ValidationIssue.path(path, \"DtmfAccessId\"), into: &issues)"))
    }

    @Test func enumerationHasAnUnknownCaseAndLabelledNames() throws {
        let files = try generate("""
            <xs:simpleType name="TransferType">
              <xs:restriction base="xs:int">
                <xs:enumeration value="0"><xs:annotation><xs:documentation>Unsupervised: released to the phone system.</xs:documentation></xs:annotation></xs:enumeration>
                <xs:enumeration value="1"><xs:annotation><xs:documentation>Supervised: Connection stays on the line.</xs:documentation></xs:annotation></xs:enumeration>
              </xs:restriction>
            </xs:simpleType>
            """)
        let simple = try #require(files["SimpleTypes.swift"])
        #expect(simple.contains("public enum TransferType: Swift.Sendable, Swift.Hashable, CUPIRuntime.XMLSimpleValue {"))
        #expect(simple.contains("    case unsupervised\n"))
        #expect(simple.contains("        case \"1\": self = .supervised"))
        #expect(simple.contains("    case unknown(Swift.String)"))
    }

    @Test func namedSimpleTypeKeepsItsNameAndFacets() throws {
        let files = try generate("""
            <xs:simpleType name="Alias"><xs:restriction base="xs:string"><xs:minLength value="1"/><xs:maxLength value="64"/><xs:pattern value="[a-z]+"/></xs:restriction></xs:simpleType>
            <xs:element name="A" type="Alias"/>
            """)
        #expect(files["SimpleTypes.swift"]?.contains("public struct Alias: Swift.RawRepresentable, Swift.Sendable, Swift.Hashable, CUPIRuntime.XMLSimpleValue, Swift.ExpressibleByStringLiteral {") == true)
        #expect(files["Validation.swift"]?.contains(#"static let rules = CUPIRuntime.FacetRules(minLength: 1, maxLength: 64, patterns: [["[a-z]+"]], kind: .string)"#) == true)
    }

    @Test func choiceBecomesAnEnumWithAssociatedValues() throws {
        let files = try generate("""
            <xs:complexType name="Target"><xs:choice>
              <xs:element name="Extension" type="xs:string"/>
              <xs:element name="Handler" type="Target"/>
            </xs:choice></xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("public indirect enum TargetChoice: Swift.Sendable, Swift.Hashable, Swift.Codable {"))
        #expect(models.contains("    case `extension`(Swift.String)"))
        #expect(models.contains("    case handler(Target)"))
        #expect(files["XMLCoding.swift"]?.contains("CUPIRuntime.XMLChildNames([\n        \"Extension\",\n        \"Handler\",\n    ])") == true)
        #expect(files["XMLCoding.swift"]?.contains("case 1:\n                let value = try child.decode(Target.self)\n                choice = .handler(value)") == true)
    }

    @Test func recursiveStructIsStoredIndirectly() throws {
        let files = try generate("""
            <xs:complexType name="Folder"><xs:sequence>
              <xs:element name="Parent" type="Folder" minOccurs="0"/>
              <xs:element name="Child" type="Folder" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence></xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("@CUPIRuntime.Indirect public var parent: Folder?\n"))
        #expect(models.contains("public var child: [Folder]\n"))
    }

    /// A single nested record is stored through `Indirect` and a choice holding one is indirect,
    /// so a type's layout (and its compiled copy and compare code) is bounded by its own fields;
    /// arrays and scalars stay inline, as does a choice of scalars.
    @Test func nestedRecordsAreStoredIndirectly() throws {
        let files = try generate("""
            <xs:complexType name="Address"><xs:sequence><xs:element name="City" type="xs:string"/></xs:sequence></xs:complexType>
            <xs:complexType name="Person"><xs:sequence>
              <xs:element name="Home" type="Address"/>
              <xs:element name="Work" type="Address" minOccurs="0"/>
              <xs:element name="Past" type="Address" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="Name" type="xs:string"/>
              <xs:element name="Where" type="Place"/>
              <xs:element name="Code" type="Code"/>
            </xs:sequence></xs:complexType>
            <xs:complexType name="Place"><xs:choice>
              <xs:element name="Address" type="Address"/><xs:element name="Text" type="xs:string"/>
            </xs:choice></xs:complexType>
            <xs:complexType name="Code"><xs:choice>
              <xs:element name="Number" type="xs:int"/><xs:element name="Text" type="xs:string"/>
            </xs:choice></xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("    @CUPIRuntime.Indirect public var home: Address\n"))
        #expect(models.contains("    @CUPIRuntime.Indirect public var work: Address?\n"))
        #expect(models.contains("    public var past: [Address]\n"))
        #expect(models.contains("    public var name: Swift.String\n"))
        #expect(models.contains("        self.home = home\n"))
        #expect(models.contains("public indirect enum PlaceChoice: Swift.Sendable, Swift.Hashable, Swift.Codable {"))
        #expect(models.contains("public enum CodeChoice: Swift.Sendable, Swift.Hashable, Swift.Codable {"))
    }

    @Test func simpleContentHasValueAndAttributes() throws {
        let files = try generate("""
            <xs:complexType name="Price"><xs:simpleContent><xs:extension base="xs:decimal">
              <xs:attribute name="currency" type="xs:string" use="required"/>
            </xs:extension></xs:simpleContent></xs:complexType>
            """)
        #expect(files["Models.swift"]?.contains("public var value: Foundation.Decimal\n    public var currency: Swift.String\n") == true)
        #expect(files["XMLCoding.swift"]?.contains("element.text(self.value)") == true)
    }

    @Test func elementAndAttributeOfOneNameAndCaseCollisions() throws {
        let files = try generate("""
            <xs:complexType name="T"><xs:sequence>
              <xs:element name="Name" type="xs:string"/><xs:element name="name" type="xs:string"/>
            </xs:sequence><xs:attribute name="Name" type="xs:string"/></xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("public var name: Swift.String\n    public var name2: Swift.String\n    public var nameAttribute: Swift.String?"))
    }

    @Test func defaultsAndFixedValuesAreApplied() throws {
        let files = try generate("""
            <xs:complexType name="T"><xs:sequence><xs:element name="Speed" type="xs:int" default="100" minOccurs="0"/></xs:sequence>
              <xs:attribute name="version" type="xs:string" fixed="2"/></xs:complexType>
            """)
        let xml = try #require(files["XMLCoding.swift"])
        #expect(xml.contains(#"speed = try Swift.Int.parse(lexical: text.isEmpty ? "100" : text)"#))
        #expect(xml.contains(#"let version: Swift.String? = try element.attribute("version", as: Swift.String.self, default: "2")"#))
        #expect(files["Validation.swift"]?.contains(#"if value.lexical != "2" { issues.append(CUPIRuntime.ValidationIssue(path: CUPIRuntime.ValidationIssue.path(path, "@version"), rule: "fixed " + "2", value: value.lexical)) }"#) == true)
    }

    @Test func wildcardsAndMixedContentAreKept() throws {
        let files = try generate("""
            <xs:complexType name="T"><xs:sequence><xs:element name="b" type="xs:string" minOccurs="0"/><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute/></xs:complexType>
            <xs:complexType name="M" mixed="true"><xs:sequence><xs:element name="b" type="xs:string" minOccurs="0"/><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
            """)
        let models = try #require(files["Models.swift"])
        #expect(models.contains("public var additionalElements: [CUPIRuntime.AnyXMLElement]"))
        #expect(models.contains("public var additionalAttributes: [CUPIRuntime.XMLAttributeValue]"))
        // In mixed content, elements the schema does not name stay in order among the text.
        #expect(models.contains("public init(b: Swift.String? = nil, mixedContent: [CUPIRuntime.XMLNode] = [])"))
    }

    /// A group no child can reach (wildcards only, which the group does not keep) is never
    /// assigned, so its decoder variable is a `let`: a `var` would warn.
    @Test func unreachableGroupIsALet() throws {
        let files = try generate("""
            <xs:complexType name="T"><xs:sequence>
              <xs:sequence maxOccurs="unbounded"><xs:any namespace="urn:other" processContents="lax" minOccurs="0"/></xs:sequence>
              <xs:element name="drawing" type="xs:string" minOccurs="0"/>
            </xs:sequence></xs:complexType>
            """)
        let coding = try #require(files["XMLCoding.swift"])
        #expect(coding.contains("        let sequence: [TSequence] = []\n"))
        #expect(coding.contains("        var drawing: Swift.String? = nil\n"))
    }

    @Test func aSchemaWithoutGlobalElementsHasAnEmptyRootTable() throws {
        let files = try generate(#"<xs:complexType name="T"><xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence></xs:complexType>"#)
        #expect(try #require(files["XMLCoding.swift"]).contains("public static let types: [Swift.String: any (CUPIRuntime.XMLElementCodable & Swift.Sendable).Type] = [:]\n"))
    }

    @Test func accessModifierAndPartsAreHonoured() throws {
        let files = try generate(#"<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>"#,
                                 options: GeneratorOptions(accessModifier: .internal, parts: [.xml]))
        #expect(files["Models.swift"]?.contains("internal struct T:") == true)
        #expect(files["JSONCoding.swift"]?.contains("extension") == false)
        #expect(files["Validation.swift"]?.contains("extension") == false)
        #expect(files.keys.sorted() == CodeGenerator.fileNames(modelFiles: 1).sorted())
    }

    /// Names, documentation, patterns and values from a hostile schema never become code.
    @Test func hostileSchemaTextStaysInsideLiteralsAndComments() throws {
        let files = try generate("""
            <xs:simpleType name="Evil">
              <xs:annotation><xs:documentation>*/ }&#10;import Darwin&#x2028;exit(1) // &#x202E;evil&#x202C;</xs:documentation></xs:annotation>
              <xs:restriction base="xs:string">
                <xs:pattern value="&quot;); exit(1); (&quot;\\"/>
                <xs:enumeration value="&quot;\\(exit(1))"/>
              </xs:restriction>
            </xs:simpleType>
            <xs:complexType name="Hostile·Náme"><xs:sequence>
              <xs:element name="a·b" type="xs:string" fixed="&quot;+exit(1)+&quot;"/>
            </xs:sequence></xs:complexType>
            """)
        let all = files.values.joined()
        for line in all.split(separator: "\n") where line.contains("exit(1)") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // Every occurrence is in a comment or inside an escaped string literal.
            #expect(trimmed.hasPrefix("///") || trimmed.contains("\\\"") || trimmed.contains("\\\\("), "\(line)")
        }
        #expect(!all.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{2028}" || $0 == "\u{0}" })
        #expect(!all.contains("\nimport Darwin"))
    }
}

extension GeneratedSnippetTests {
    @Test func substitutionGroupBecomesAnEnumOfItsElements() throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd("""
            <xs:element name="policy" type="Policy" abstract="true"/>
            <xs:complexType name="Policy"><xs:sequence><xs:element name="name" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
            <xs:element name="passwordPolicy" substitutionGroup="policy"><xs:complexType><xs:complexContent><xs:extension base="Policy">
              <xs:sequence><xs:element name="minLength" type="xs:int" minOccurs="0"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType></xs:element>
            <xs:element name="pinPolicy" type="Policy" substitutionGroup="policy"/>
            <xs:complexType name="Settings"><xs:sequence><xs:element ref="policy" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
            """)])
        let model = try #require(input.load("a.xsd").model)
        let files = CodeGenerator.generate(model, options: GeneratorOptions(), source: "a.xsd").files
        let models = try #require(files.first { $0.name == "Models.swift" }?.contents)
        #expect(models.contains("public indirect enum PolicySubstitution: Swift.Sendable, Swift.Hashable, Swift.Codable {"))
        #expect(models.contains("    case passwordPolicy(PasswordPolicy)\n"))
        #expect(models.contains("    case pinPolicy(Policy)\n"))
        #expect(!models.contains("case policy("))
        #expect(models.contains("public var policy: [PolicySubstitution]"))
        let xml = try #require(files.first { $0.name == "XMLCoding.swift" }?.contents)
        #expect(xml.contains("        \"pinPolicy\",\n"))
    }
}

extension GeneratedSnippetTests {
    /// `all` and `count` call the list with its arguments in its own order, whatever the WADL
    /// puts after the paging params.
    @Test func pagingCompanionsCallTheListInItsDeclarationOrder() throws {
        let input = try TemporaryInput([
            "application.wadl": Fragment.wadl("""
                <resource path="items"><method name="GET" id="listItems"><request>
                  <param name="rowsPerPage" style="query" type="xs:int"/>
                  <param name="pageNumber" style="query" type="xs:int"/>
                  <param name="X-Trace" style="header" type="xs:string"/>
                </request><response status="200"><representation mediaType="application/xml" element="Items"/></response></method></resource>
                """, grammars: #"<include href="items.xsd"/>"#),
            "items.xsd": Fragment.xsd("""
                <xs:element name="Items"><xs:complexType><xs:sequence>
                  <xs:element name="Item" maxOccurs="unbounded"><xs:complexType><xs:sequence><xs:element name="Name" type="xs:string"/></xs:sequence></xs:complexType></xs:element>
                </xs:sequence><xs:attribute name="total" type="xs:int"/></xs:complexType></xs:element>
                """),
        ])
        let model = try #require(input.load("application.wadl").model)
        let endpoints = try #require(CodeGenerator.generate(model, options: GeneratorOptions(), source: "application.wadl")
            .files.first { $0.name == "Endpoints.swift" }?.contents)
        #expect(endpoints.contains("let page = try await self.list(rowsPerPage: rowsPerPage, pageNumber: pageNumber, xTrace: xTrace, options: options)"))
        #expect(endpoints.contains("let page = try await self.list(rowsPerPage: 0, pageNumber: 1, xTrace: xTrace, options: options)"))
    }

    /// `conformances` leaves derived conformances out of the models: Equatable stands in for Hashable.
    @Test func modelsTakeTheConformancesAsked() throws {
        let input = try TemporaryInput(["a.xsd": Fragment.xsd(#"<xs:complexType name="Item"><xs:sequence><xs:element name="Name" type="xs:string"/></xs:sequence></xs:complexType>"#)])
        let model = try #require(input.load("a.xsd").model)
        func models(_ conformances: Set<GeneratorOptions.Conformance>) throws -> String {
            try #require(CodeGenerator.generate(model, options: GeneratorOptions(conformances: conformances), source: "a.xsd").files.first { $0.name == "Models.swift" }?.contents)
        }
        #expect(try models([.Codable, .Hashable]).contains("public struct Item: Swift.Sendable, Swift.Hashable, Swift.Codable {"))
        #expect(try models([]).contains("public struct Item: Swift.Sendable, Swift.Equatable {"))
        #expect(try models([.Codable]).contains("public struct Item: Swift.Sendable, Swift.Equatable, Swift.Codable {"))
    }
}
