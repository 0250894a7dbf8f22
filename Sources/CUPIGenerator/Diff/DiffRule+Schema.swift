/// Rules about the schema side: types, global elements, fields, values and facets. Their level
/// depends on the direction: what a client sends must satisfy the new server; what it receives
/// must decode in the old client.
extension DiffRule {
    static let typeAdded = DiffRule(
        "type-added", level: .info, summary: "A named type appears.",
        example: "complexType `Tenant` is new")
    static let typeRemoved = DiffRule(
        "type-removed", level: .warning,
        summary: "A named type is gone; its generated Swift type disappears when you regenerate.",
        example: "complexType `resizeNotAllowed` is removed")
    static let elementAdded = DiffRule(
        "global-element-added", level: .info, summary: "A global element appears.",
        example: "element `Tenants` is new")
    static let elementRemoved = DiffRule(
        "global-element-removed", level: .warning,
        summary: "A global element is gone: documents rooted at it are no longer described.",
        example: "element `bulkActionRes` is removed")
    static let typeKindChanged = DiffRule(
        "type-kind-changed", level: .breaking,
        summary: "A type changes kind (complex ↔ simple, list, union, choice).",
        example: "`Status`: complexType → simpleType")
    static let baseTypeChanged = DiffRule(
        "base-type-changed", level: .info,
        summary: "A complex type's base changes; its flattened fields are compared on their own.",
        example: "`x_virtual_fact_table` now extends `x_fact`")
    static let typeChanged = DiffRule(
        "type-changed", level: .breaking,
        summary: "A field, attribute, param or element has another type that is not the same structure.",
        example: "`User/Alias`: `Alias` → `xs:int`")
    static let typeRenamed = DiffRule(
        "type-renamed", level: .warning,
        summary: "A field or element uses a type of another name but the same structure: the wire is unchanged, the Swift type name is not.",
        example: "`job/class`: `jobClassTO` → `jobClass`")
    static let valueTypeChanged = DiffRule(
        "value-type-changed", level: .breaking,
        summary: "A simple type's built-in base, list item type or union members change.",
        example: "`ObjectCount`: restriction of `xs:int` → `xs:string`")
    static let requiredFieldAdded = DiffRule(
        "required-field-added", request: .breaking, response: .info,
        summary: "A required element or attribute appears: old clients do not send it.",
        example: "`User` gains `<Alias>` (minOccurs=1)")
    static let optionalFieldAdded = DiffRule(
        "optional-field-added", level: .info,
        summary: "An optional element, attribute, group or wildcard appears; clients skip what they do not know.",
        example: "`User` gains `<TenantObjectId minOccurs=\"0\">`")
    static let requiredFieldRemoved = DiffRule(
        "required-field-removed", request: .warning, response: .breaking,
        summary: "A required element or attribute is gone: old clients fail to decode responses without it.",
        example: "`User` loses `<Alias>` (minOccurs=1)")
    static let optionalFieldRemoved = DiffRule(
        "optional-field-removed", level: .warning,
        summary: "An optional element or attribute is gone: never sent again, refused or ignored when sent.",
        example: "`User` loses `<Department minOccurs=\"0\">`")
    static let fieldBecameRequired = DiffRule(
        "field-became-required", request: .breaking, response: .info,
        summary: "minOccurs 0 → 1 or more (attribute: optional → required).",
        example: "`User/Alias`: minOccurs 0 → 1")
    static let fieldBecameOptional = DiffRule(
        "field-became-optional", request: .info, response: .breaking,
        summary: "minOccurs 1 or more → 0: responses may lack it, and its Swift property becomes optional.",
        example: "`User/Alias`: minOccurs 1 → 0")
    static let fieldBecameRepeating = DiffRule(
        "field-became-repeating", level: .breaking,
        summary: "maxOccurs 1 → more: the Swift property becomes an array and responses may hold several.",
        example: "`User/Extension`: maxOccurs 1 → unbounded")
    static let fieldBecameSingle = DiffRule(
        "field-became-single", level: .breaking,
        summary: "maxOccurs more than 1 → 1: the Swift property stops being an array.",
        example: "`User/Extension`: maxOccurs unbounded → 1")
    static let occurrenceTightened = DiffRule(
        "occurrence-tightened", request: .breaking, response: .info,
        summary: "Occurrence bounds narrow without crossing 0 or 1 (minOccurs up, maxOccurs down).",
        example: "`segments/segment`: minOccurs 1 → 2")
    static let occurrenceRelaxed = DiffRule(
        "occurrence-relaxed", request: .info, response: .warning,
        summary: "Occurrence bounds widen without crossing 0 or 1 (minOccurs down, maxOccurs up).",
        example: "`segments/segment`: minOccurs 2 → 1")
    static let fieldBecameNillable = DiffRule(
        "field-became-nillable", request: .info, response: .warning,
        summary: "An element becomes nillable: responses may carry xsi:nil.",
        example: "`User/Alias`: nillable false → true")
    static let fieldNoLongerNillable = DiffRule(
        "field-no-longer-nillable", request: .breaking, response: .info,
        summary: "An element stops being nillable: requests with xsi:nil are refused.",
        example: "`User/Alias`: nillable true → false")
    static let defaultChanged = DiffRule(
        "default-changed", level: .warning,
        summary: "A default value of a field or param appears, changes or goes: absent values now mean something else.",
        example: "`rowsPerPage` default 100 → 50")
    static let fixedChanged = DiffRule(
        "fixed-changed", level: .breaking,
        summary: "A fixed value appears, changes or goes.",
        example: "`@version` fixed \"1\" → \"2\"")
    static let enumValueAdded = DiffRule(
        "enum-value-added", request: .info, response: .warning,
        summary: "An enumeration value (or param option) appears: old clients receive a value they do not know (`unknown`).",
        example: "`TransferType` gains `3`")
    static let enumValueRemoved = DiffRule(
        "enum-value-removed", request: .breaking, response: .info,
        summary: "An enumeration value (or param option) is gone: requests that send it are refused.",
        example: "`TransferType` loses `2`")
    static let facetTightened = DiffRule(
        "facet-tightened", request: .breaking, response: .info,
        summary: "A length, range, digits or pattern facet narrows, or a simple type gains an enumeration.",
        example: "`Alias`: maxLength 64 → 32")
    static let facetRelaxed = DiffRule(
        "facet-relaxed", request: .info, response: .warning,
        summary: "A length, range, digits or pattern facet widens or goes: responses may carry values old validators reject.",
        example: "`Alias`: maxLength 32 → 64")
    static let facetChanged = DiffRule(
        "facet-changed", request: .breaking, response: .warning,
        summary: "A pattern or range changes in a way that is neither narrower nor wider.",
        example: "`Extension`: pattern `[0-9]+` → `[0-9#*]+`")
    static let choiceAlternativeAdded = DiffRule(
        "choice-alternative-added", request: .info, response: .warning,
        summary: "A choice gains an alternative: responses may carry an element old clients do not know.",
        example: "`resource_type` choice gains `<resource>`")
    static let choiceAlternativeRemoved = DiffRule(
        "choice-alternative-removed", request: .breaking, response: .info,
        summary: "A choice loses an alternative: requests that send it are refused.",
        example: "`resource_type` choice loses `<method>`")
    static let documentationChanged = DiffRule(
        "documentation-changed", level: .info,
        summary: "Only the documentation of a resource, method, param, type, field or value changes.",
        example: "`query` param: \"Columns: alias.\" → \"Columns: alias, TenantObjectId.\"")

    static let schemaRules: [DiffRule] = [
        typeAdded, typeRemoved, elementAdded, elementRemoved, typeKindChanged, baseTypeChanged, typeChanged,
        typeRenamed, valueTypeChanged, requiredFieldAdded, optionalFieldAdded, requiredFieldRemoved,
        optionalFieldRemoved, fieldBecameRequired, fieldBecameOptional, fieldBecameRepeating, fieldBecameSingle,
        occurrenceTightened, occurrenceRelaxed, fieldBecameNillable, fieldNoLongerNillable, defaultChanged,
        fixedChanged, enumValueAdded, enumValueRemoved, facetTightened, facetRelaxed, facetChanged,
        choiceAlternativeAdded, choiceAlternativeRemoved, documentationChanged,
    ]
}
