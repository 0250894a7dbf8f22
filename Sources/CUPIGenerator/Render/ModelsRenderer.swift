/// `Models.swift`, or one of the files the models are spread over: a struct per complex type
/// and group, an enum per choice.
struct ModelsRenderer {
    let module: GeneratedModule
    /// The types of this file (`ModelFiles`).
    let slice: FileSlice

    func render(into writer: inout CodeWriter) {
        let access = module.access
        for record in slice.records {
            writer.line()
            writer.documentation(record.documentation)
            writer.block("\(access) struct \(record.name): \(module.modelConformances)") { body in
                for property in record.properties {
                    body.documentation(property.documentation)
                    body.line("\(property.isBoxed ? "@CUPIRuntime.Indirect " : "")\(access) var \(SwiftIdentifier.escaped(property.name)): \(property.declaredType)")
                }
                body.line()
                let parameters = record.properties.map { property -> String in
                    let defaultValue: String
                    switch property.cardinality {
                    case .required: defaultValue = ""
                    case .optional: defaultValue = " = nil"
                    case .array: defaultValue = " = []"
                    }
                    return "\(SwiftIdentifier.escaped(property.name)): \(property.declaredType)\(defaultValue)"
                }
                body.block("\(access) init(\(parameters.joined(separator: ", ")))") { initializer in
                    for property in record.properties {
                        initializer.line("self.\(property.name) = \(SwiftIdentifier.escaped(property.name))")
                    }
                }
            }
        }
        for choice in slice.choices {
            writer.line()
            writer.documentation(choice.documentation)
            writer.block("\(access) \(choice.isIndirect ? "indirect " : "")enum \(choice.name): \(module.modelConformances)") { body in
                for alternative in choice.alternatives {
                    body.documentation(alternative.documentation)
                    body.line("case \(SwiftIdentifier.escaped(alternative.caseName))(\(alternative.isArray ? "[\(alternative.type)]" : alternative.type))")
                }
            }
        }
    }
}
