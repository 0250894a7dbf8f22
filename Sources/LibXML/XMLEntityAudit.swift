import CLibXML2

/// Checks every entity reference of a freshly parsed document before anything reads its text.
///
/// The parser does not substitute entities, so a reference stays in the tree and expands only
/// when text is read. This audit makes that expansion safe: external entities (which would read
/// a local file or a URL) are refused, and the total text that references would expand to is
/// bounded, so an entity-expansion bomb is an error rather than a memory blow-up.
struct XMLEntityAudit {
    /// The most text that entity references in one document may expand to, in bytes.
    static let expansionLimit = 4 << 20

    let document: XMLDocument
    private var expandedSize: [UnsafeMutableRawPointer: Int] = [:]
    private var total = 0
    private var problems: [XMLProblem] = []

    init(document: XMLDocument) { self.document = document }

    consuming func run() -> [XMLProblem] {
        // Only a DTD declares entities. Without one, a reference is a predefined one or an
        // undeclared one (left out), so nothing can expand; and the walk over every node took
        // about 30 ms of the 200 ms that the 2,000-type synthetic schema takes to load.
        let tree = document.pointer.pointee
        guard tree.intSubset != nil || tree.extSubset != nil else { return [] }
        var stack: [xmlNodePtr] = []
        var node = document.pointer.pointee.children
        while let current = node {
            stack.append(current)
            node = current.pointee.next
        }
        while let current = stack.popLast(), problems.isEmpty {
            if current.pointee.type == XML_ENTITY_REF_NODE {
                total += size(ofReference: current, line: Int(xmlGetLineNo(current)), depth: 0)
                if problems.isEmpty, total > Self.expansionLimit {
                    fail("entity references expand to more than \(Self.expansionLimit >> 20) MiB", line: Int(xmlGetLineNo(current)))
                }
                continue
            }
            if current.pointee.type == XML_ELEMENT_NODE {
                var attribute = current.pointee.properties
                while let a = attribute {
                    var child = a.pointee.children
                    while let c = child { stack.append(c); child = c.pointee.next }
                    attribute = a.pointee.next
                }
            }
            var child = current.pointee.children
            while let c = child { stack.append(c); child = c.pointee.next }
        }
        return problems
    }

    /// The number of bytes `reference` expands to, memoized per entity.
    private mutating func size(ofReference reference: xmlNodePtr, line: Int, depth: Int) -> Int {
        let name = reference.pointee.name.map { String(cString: $0) } ?? "?"
        guard let entity = xmlGetDocEntity(document.pointer, reference.pointee.name) else {
            return name.utf8.count + 2
        }
        switch entity.pointee.etype {
        case XML_INTERNAL_PREDEFINED_ENTITY:
            return 1
        case XML_INTERNAL_GENERAL_ENTITY:
            break
        default:
            fail("external entity '\(name)' refused: cupi-gen never reads files or URLs named by a DTD", line: line)
            return 0
        }
        let key = UnsafeMutableRawPointer(entity)
        if let known = expandedSize[key] { return known }
        guard depth < 40 else {
            fail("entity '\(name)' nests too deeply", line: line)
            return 0
        }
        expandedSize[key] = Self.expansionLimit + 1 // a self-reference counts as too large
        var size = 0
        var stack: [xmlNodePtr] = []
        var child = entity.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        while let current = stack.popLast(), problems.isEmpty, size <= Self.expansionLimit {
            switch current.pointee.type {
            case XML_ENTITY_REF_NODE:
                size += self.size(ofReference: current, line: line, depth: depth + 1)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                size += current.pointee.content.map { Int(xmlStrlen($0)) } ?? 0
            default:
                size += 1
                var grandchild = current.pointee.children
                while let g = grandchild { stack.append(g); grandchild = g.pointee.next }
            }
        }
        if size > Self.expansionLimit, problems.isEmpty {
            fail("entity '\(name)' expands to more than \(Self.expansionLimit >> 20) MiB", line: line)
        }
        expandedSize[key] = size
        return size
    }

    private mutating func fail(_ message: String, line: Int) {
        problems.append(XMLProblem(severity: .error, message: message, path: document.path, line: line, column: nil))
    }
}
