import Foundation
import CUPIRuntime

/// Field access on an object as the mock stores it: the element as a client sent it (after
/// schema validation), so any type of the schema is stored the same way.
extension AnyXMLElement {
    /// The text of the child element named `name` (case-insensitive, as CUPI's query columns
    /// are), or nil when the child is absent.
    func field(_ name: String) -> String? {
        for case .element(let child) in children where child.localName.caseInsensitiveCompare(name) == .orderedSame {
            return child.textContent
        }
        return nil
    }

    /// Sets the child `name` to `value`, replacing any children of that name.
    mutating func setField(_ name: String, _ value: String) {
        let replacement = XMLNode.element(AnyXMLElement(localName: name, children: [.text(value)]))
        if let index = children.firstIndex(where: { $0.elementName == name }) {
            children[index] = replacement
            children.removeAll { $0.elementName == name && $0 != replacement }
        } else {
            children.append(replacement)
        }
    }

    /// Removes every child named `name`.
    mutating func removeField(_ name: String) {
        children.removeAll { $0.elementName == name }
    }

    /// A partial update: each child name present in `changes` replaces every child of that name
    /// here (so repeated fields are replaced as a whole); names absent from `changes` stay.
    mutating func merge(_ changes: AnyXMLElement) {
        for name in changes.childNames {
            let incoming = changes.children.filter { $0.elementName == name }
            if let first = children.firstIndex(where: { $0.elementName == name }) {
                children.removeAll { $0.elementName == name }
                children.insert(contentsOf: incoming, at: min(first, children.count))
            } else {
                children.append(contentsOf: incoming)
            }
        }
    }

    /// The names of the child elements, each once, in document order.
    var childNames: [String] {
        var seen = Set<String>()
        return children.compactMap(\.elementName).filter { seen.insert($0).inserted }
    }

    /// A copy named `name` (a list item takes its element name from the list's schema type).
    func renamed(_ name: String) -> AnyXMLElement {
        var copy = self
        copy.localName = name
        return copy
    }
}

extension XMLNode {
    /// The element's local name, or nil for text.
    var elementName: String? {
        if case .element(let element) = self { return element.localName }
        return nil
    }
}
