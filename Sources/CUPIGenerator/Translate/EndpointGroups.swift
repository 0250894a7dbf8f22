/// Arranges the WADL's operations into the nested groups a client reads like its URLs:
/// `cupi.users.credential.pin.update(objectId:_:)`. Static path segments make groups, template
/// segments become parameters of the methods below them, and a group that holds no method and
/// a single child is folded into that child (`handlers/callhandlers` → `callHandlers`).
struct EndpointGroup {
    /// The path segment the group stands for (`callhandlers`).
    var segment: String
    /// Whether `words` were read from a method id (else they are the segment's own).
    var wordsFromID = false
    /// The property name on the parent (`callHandlers`).
    var property: String
    /// The words of the group's name, for explaining method ids (`call`, `handler`).
    var words: [String]
    var operations: [Operation] = []
    var children: [EndpointGroup] = []

    /// The groups under the root for `operations`. `vocabulary` (lower-cased word → the word as
    /// the schema writes it) splits a segment no name spells into words (`notificationdevices`).
    static func tree(_ operations: [Operation], vocabulary: [String: String] = [:]) -> [EndpointGroup] {
        var root = EndpointGroup(segment: "", property: "", words: [])
        for operation in operations {
            let segments = operation.path.split(separator: "/").map(String.init).filter { !$0.hasPrefix("{") }
            root.insert(operation, at: segments[...], vocabulary: vocabulary)
        }
        return root.folded().children
    }

    /// The words of every name in `model`, lower-cased → as written: what `tree` splits segments with.
    static func vocabulary(of model: APIModel) -> [String: String] {
        var vocabulary: [String: String] = [:]
        let names = model.types.map(\.name.name) + model.elements.map(\.name.name) + model.operations.compactMap(\.id)
        for name in names {
            for word in SwiftIdentifier.words(name) where word.count > 1 { vocabulary[word.lowercased()] = vocabulary[word.lowercased()] ?? word }
        }
        return vocabulary
    }

    /// `segment` as the fewest words of `vocabulary` that spell it, when that takes two or more.
    static func split(_ segment: String, vocabulary: [String: String]) -> [String]? {
        let characters = Array(segment.lowercased())
        guard !vocabulary.isEmpty, characters.count > 3, characters.allSatisfy({ $0.isLetter }) else { return nil }
        var best: [[String]?] = Array(repeating: nil, count: characters.count + 1)
        best[0] = []
        for start in characters.indices.dropLast() {
            guard let prefix = best[start] else { continue }
            for end in (start + 2)...characters.count {
                guard let word = vocabulary[String(characters[start..<end])] else { continue }
                if best[end] == nil || best[end]!.count > prefix.count + 1 { best[end] = prefix + [word] }
            }
        }
        return best[characters.count].flatMap { $0.count > 1 ? $0 : nil }
    }

    private mutating func insert(_ operation: Operation, at segments: ArraySlice<String>, vocabulary: [String: String]) {
        guard let segment = segments.first else { return operations.append(operation) }
        // The method id spells most segments; else an element the operation exchanges may
        // (`connectionlocations` in `ConnectionLocations`), which beats the segment's one lower-case word.
        let found = Self.words(for: segment, in: operation.id)
            ?? Self.elementNames(of: operation).lazy.compactMap { Self.words(for: segment, in: $0) }.first
        let index = children.firstIndex { $0.segment == segment } ?? {
            children.append(EndpointGroup(segment: segment, property: "", words: []))
            return children.count - 1
        }()
        // The first method id that spells the segment names the group, whichever comes first.
        if !children[index].wordsFromID, children[index].words.isEmpty || found != nil {
            let words = found ?? Self.split(segment, vocabulary: vocabulary) ?? SwiftIdentifier.words(segment)
            children[index].words = words
            children[index].wordsFromID = found != nil
            children[index].property = SwiftIdentifier.memberName(words.joined(separator: " "))
        }
        children[index].insert(operation, at: segments.dropFirst(), vocabulary: vocabulary)
    }

    /// Folds method-less single-child groups into their child, keeping the child's name.
    private func folded() -> EndpointGroup {
        var copy = self
        copy.children = children.map { $0.folded() }
        if !property.isEmpty, copy.operations.isEmpty, copy.children.count == 1 {
            var only = copy.children[0]
            only.words = words + only.words
            only.segment = segment + "/" + only.segment
            return only
        }
        return copy
    }

    /// The local names of the elements the operation sends and receives.
    private static func elementNames(of operation: Operation) -> [String] {
        (operation.request + operation.responses.flatMap(\.representations)).compactMap { $0.element?.name }
    }

    /// A path segment's words: the run of words of the method id that spells the segment
    /// (`callhandlers` in `listCallHandlers` → Call, Handlers; `adminusers` in
    /// `createAdminUser`, singular, → Admin, Users), or nil when the id does not spell it.
    static func words(for segment: String, in id: String?) -> [String]? {
        let target = segment.lowercased().filter { $0.isLetter || $0.isNumber }
        let idWords = SwiftIdentifier.words(id ?? "")
        for start in idWords.indices {
            var spelled = ""
            for end in start..<idWords.count {
                spelled += idWords[end].lowercased()
                var words = Array(idWords[start...end])
                if spelled == target { return words }
                for ending in ["s", "es"] where spelled + ending == target {
                    words[words.count - 1] += ending
                    return words
                }
                if spelled.count >= target.count { break }
            }
        }
        return nil
    }

    /// A method's name: the verb of its id when the rest of the id only repeats the group's
    /// names (`getUserPin` in users › credential › pin → `get`), else the whole id; without
    /// an id, a name from the HTTP method.
    static func methodName(_ operation: Operation, groupWords: [String]) -> String {
        guard let id = operation.id, !id.isEmpty else {
            let isItem = operation.path.split(separator: "/").last?.hasPrefix("{") ?? false
            switch operation.method {
            case "GET": return isItem ? "get" : "list"
            case "POST": return "create"
            case "PUT": return "update"
            case "DELETE": return "delete"
            default: return SwiftIdentifier.memberName(operation.method)
            }
        }
        let words = SwiftIdentifier.words(id)
        guard let verb = words.first, words.count > 1 else { return SwiftIdentifier.memberName(id) }
        let known = Set(groupWords.flatMap(Self.forms))
        let explained = words.dropFirst().allSatisfy { !known.isDisjoint(with: Self.forms($0)) }
        return explained ? SwiftIdentifier.memberName(verb) : SwiftIdentifier.memberName(id)
    }

    /// The forms a word may take in a name, without case and with or without a plural ending.
    private static func forms(_ word: String) -> Set<String> {
        let lower = word.lowercased()
        var forms: Set<String> = [lower]
        if lower.hasSuffix("ies") { forms.insert(String(lower.dropLast(3)) + "y") }
        if lower.hasSuffix("es") { forms.insert(String(lower.dropLast(2))) }
        if lower.hasSuffix("s") { forms.insert(String(lower.dropLast())) }
        return forms
    }
}
