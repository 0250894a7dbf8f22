/// Particles (`sequence`, `choice`, `all`, `group`, `element`, `any`) into record fields.
///
/// Groups are flattened where that keeps the meaning: a sequence (or `all`, read like one)
/// that occurs exactly once adds its fields to its parent. An optional sequence is also
/// flattened, with each of its fields made optional: this loses "all or none of them", which
/// a client can live with and which saves a wrapper type in the common case. A repeating
/// sequence becomes a `.sequence` field of a synthesized record (`T/sequence(1)`), a choice a
/// `.choice` field of a synthesized choice type (`T/choice(1)`). A group of one element or
/// wildcard that occurs once inside is that element, with the group's occurrence.
extension SchemaResolver {
    /// The fields a particle adds to the record (or synthesized group) that `scope` names.
    func contentFields(_ node: SchemaNode, scope: inout NameScope) -> [Field] {
        guard spend(at: node) else { return [] }
        let occurs = self.occurs(node)
        guard occurs.max != 0 else { return [] }
        switch node.kind {
        case "element", "any": return leaf(node, occurs: occurs, scope: &scope)
        case "group": return expandGroup(node) { groupFields($0, occurs: occurs, scope: &scope) } ?? []
        default: return groupFields(node, occurs: occurs, scope: &scope)
        }
    }

    /// A model group with the occurrence of the particle that stands for it, in a sequence.
    private func groupFields(_ group: SchemaNode, occurs: Occurrence, scope: inout NameScope) -> [Field] {
        let particles = self.particles(of: group)
        if let single = singleLeaf(particles) { return leaf(single, occurs: occurs, scope: &scope) }
        if group.kind == "choice", particles.count > 1 { return choiceField(group, particles, occurs: occurs, scope: &scope) }
        if occurs == .one || occurs == .optional {
            let fields = nested(at: group) { particles.flatMap { contentFields($0, scope: &scope) } } ?? []
            guard occurs == .optional else { return fields }
            return fields.map { field in
                var field = field
                field.occurs.min = 0
                return field
            }
        }
        return sequenceField(group, particles, occurs: occurs, scope: &scope)
    }

    /// A `.sequence` field whose synthesized record holds `particles`' fields.
    private func sequenceField(_ group: SchemaNode, _ particles: [SchemaNode], occurs: Occurrence, scope: inout NameScope) -> [Field] {
        let local = scope.numbered("sequence")
        let name = scope.claim(local, in: &names)
        var inner = NameScope(name)
        let fields = nested(at: group) { particles.flatMap { contentFields($0, scope: &inner) } } ?? []
        guard !fields.isEmpty else { return [] }
        emit(TypeDefinition(name: name, isAnonymous: true, kind: .record(Record(fields: fields)), location: group.location))
        return [Field(kind: .sequence, type: name, occurs: occurs, location: group.location)]
    }

    /// A `.choice` field whose synthesized choice type offers `particles` as alternatives.
    private func choiceField(_ group: SchemaNode, _ particles: [SchemaNode], occurs: Occurrence, scope: inout NameScope) -> [Field] {
        let local = scope.numbered("choice")
        let name = scope.claim(local, in: &names)
        var inner = NameScope(name)
        var occurs = occurs
        var alternatives: [Field] = []
        _ = nested(at: group) {
            for particle in particles {
                let offered = self.alternatives(particle, scope: &inner)
                // An alternative that can be empty makes the whole choice optional.
                if offered.allowsNothing { occurs.min = 0 }
                alternatives += offered.fields
            }
        }
        guard !alternatives.isEmpty else { return [] }
        emit(TypeDefinition(name: name, isAnonymous: true, kind: .choice(Choice(alternatives: alternatives)), location: group.location))
        return [Field(kind: .choice, type: name, occurs: occurs, location: group.location)]
    }

    /// The alternatives a particle offers in a choice: a nested choice that occurs once offers
    /// its own alternatives, a group of one particle that occurs once offers that particle's,
    /// any other group is one `.sequence` or `.choice` alternative.
    private func alternatives(_ node: SchemaNode, scope: inout NameScope) -> (fields: [Field], allowsNothing: Bool) {
        guard spend(at: node) else { return ([], false) }
        let occurs = self.occurs(node)
        guard occurs.max != 0 else { return ([], true) }
        let offered: ([Field], Bool)?
        switch node.kind {
        case "element", "any": return (leaf(node, occurs: occurs, scope: &scope), occurs.min == 0)
        case "group": offered = expandGroup(node) { groupAlternatives($0, occurs: occurs, scope: &scope) }
        default: offered = groupAlternatives(node, occurs: occurs, scope: &scope)
        }
        return offered ?? ([], false)
    }

    private func groupAlternatives(_ group: SchemaNode, occurs: Occurrence, scope: inout NameScope) -> ([Field], Bool) {
        let particles = self.particles(of: group)
        if let single = singleLeaf(particles) { return (leaf(single, occurs: occurs, scope: &scope), occurs.min == 0) }
        if particles.isEmpty { return ([], true) }
        if occurs == .one, group.kind == "choice" || particles.count == 1 {
            var fields: [Field] = []
            var allowsNothing = false
            _ = nested(at: group) {
                for particle in particles {
                    let offered = alternatives(particle, scope: &scope)
                    fields += offered.fields
                    allowsNothing = allowsNothing || offered.allowsNothing
                }
            }
            return (fields, allowsNothing)
        }
        if group.kind == "choice", particles.count > 1 {
            return (choiceField(group, particles, occurs: occurs, scope: &scope), occurs.min == 0)
        }
        let fields = sequenceField(group, particles, occurs: occurs, scope: &scope)
        return (fields, fields.isEmpty || occurs.min == 0)
    }

    /// An element or wildcard as a field with `occurs`.
    private func leaf(_ node: SchemaNode, occurs: Occurrence, scope: inout NameScope) -> [Field] {
        if node.kind == "any" { return [wildcardField(node, kind: .any, occurs: occurs)] }
        return elementField(node, occurs: occurs, scope: &scope).map { [$0] } ?? []
    }

    /// The one particle of a group when it is an element or wildcard that occurs exactly once,
    /// so that the group's occurrence can stand for the pair.
    private func singleLeaf(_ particles: [SchemaNode]) -> SchemaNode? {
        guard particles.count == 1, let only = particles.first, only.kind == "element" || only.kind == "any",
              only.attribute("minOccurs") ?? "1" == "1", only.attribute("maxOccurs") ?? "1" == "1" else { return nil }
        return only
    }

    /// The particles of a model group; anything else in it is reported and skipped.
    private func particles(of group: SchemaNode) -> [SchemaNode] {
        let allowed: Set<String> = group.kind == "all" ? ["element"] : ["element", "any", "group", "sequence", "choice"]
        return group.contentChildren.filter { child in
            guard allowed.contains(child.kind) else {
                report(XSD11Constructs.skipped(child, in: "xs:\(group.kind)"))
                return false
            }
            if group.kind == "all", occurs(child).isRepeating { report(XSD11Constructs.repeatingAllParticle(child)) }
            return true
        }
    }

    /// An `xs:any` or `xs:anyAttribute` field.
    func wildcardField(_ node: SchemaNode, kind: Field.Kind, occurs: Occurrence) -> Field {
        reportUnexpectedChildren(of: node, allowing: [])
        let wildcard = Wildcard(namespace: node.attribute("namespace") ?? "##any",
                                processContents: node.attribute("processContents") ?? "strict")
        if !["strict", "lax", "skip"].contains(wildcard.processContents) {
            report(.error("invalid processContents '\(wildcard.processContents)': expected strict, lax or skip", at: node.location))
        }
        return Field(kind: kind, occurs: occurs, wildcard: wildcard, documentation: node.documentation, location: node.location)
    }
}
