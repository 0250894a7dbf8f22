/// Decides which values generated types hold behind a reference instead of inline.
///
/// Swift stores a struct's fields inline, and compiles each copy, comparison and destruction of
/// it field by field through every level of nesting: types that nest records a few levels deep
/// (Office Open XML, the synthetic benchmark schemas) gave value-witness functions of hundreds of
/// kilobytes each, and one schema took the compiler over half an hour and 13 GB. So a single
/// record value is stored through `Indirect`, and a choice with a single record or choice
/// alternative is an `indirect enum`: every type's layout is then bounded by its own fields. That
/// also breaks every cycle (a type that contains itself), which Swift would reject as infinitely
/// large. Repeated values are arrays, behind a reference already.
struct IndirectValues {
    private let byName: [QName: TypeDefinition]

    init(_ types: [TypeDefinition]) {
        byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a record's field is stored through `Indirect`: it holds one record value.
    func isBoxed(_ field: Field) -> Bool {
        guard !field.occurs.isRepeating, let target = field.type, case .record = byName[target]?.kind else { return false }
        return true
    }

    /// Whether a choice is generated as an `indirect enum`: an alternative holds one record or choice value.
    func isIndirect(_ choice: Choice) -> Bool {
        choice.alternatives.contains { field in
            guard !field.occurs.isRepeating, let target = field.type else { return false }
            switch byName[target]?.kind {
            case .record, .choice: return true
            default: return false
            }
        }
    }
}
