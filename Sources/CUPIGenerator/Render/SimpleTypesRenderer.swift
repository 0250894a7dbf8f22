/// `SimpleTypes.swift`: an enum per enumeration (with `unknown`), a wrapper struct per named
/// simple type, list and union, each with its lexical form and plain `Codable` as that string.
struct SimpleTypesRenderer {
    let module: GeneratedModule

    func render(into writer: inout CodeWriter) {
        let access = module.access
        for enumeration in module.enumerations {
            writer.line()
            writer.documentation(enumeration.documentation)
            writer.block("\(access) enum \(enumeration.name): Swift.Sendable, Swift.Hashable, CUPIRuntime.XMLSimpleValue") { body in
                for value in enumeration.cases {
                    body.documentation(value.documentation.isEmpty ? ["`\(SwiftLiteral.string(value.value).dropFirst().dropLast())`"] : value.documentation)
                    body.line("case \(SwiftIdentifier.escaped(value.name))")
                }
                body.documentation(["A value this release of the schema does not list (kept, so that newer servers still decode)."])
                body.line("case unknown(Swift.String)")
                body.line()
                body.block("\(access) init(lexical: Swift.String)") { initializer in
                    initializer.block("switch lexical.trimmedForXSD") { cases in
                        for value in enumeration.cases {
                            cases.line("case \(SwiftLiteral.string(value.value)): self = .\(SwiftIdentifier.escaped(value.name))")
                        }
                        cases.line("default: self = .unknown(lexical)")
                    }
                }
                body.line()
                body.block("\(access) var lexical: Swift.String") { property in
                    property.block("switch self") { cases in
                        for value in enumeration.cases {
                            cases.line("case .\(SwiftIdentifier.escaped(value.name)): return \(SwiftLiteral.string(value.value))")
                        }
                        cases.line("case .unknown(let value): return value")
                    }
                }
            }
            lexicalCodable(enumeration.name, access: access, into: &writer)
        }
        for simple in module.simpleTypes {
            writer.line()
            writer.documentation(simple.documentation)
            switch simple.shape {
            case .atomic(let raw):
                atomic(simple.name, raw: raw, access: access, into: &writer)
            case .list(let item, _):
                writer.block("\(access) struct \(simple.name): Swift.Sendable, Swift.Hashable, CUPIRuntime.XMLSimpleValue") { body in
                    body.line("\(access) var items: [\(item)]")
                    body.line()
                    body.line("\(access) init(_ items: [\(item)]) { self.items = items }")
                    body.line()
                    body.block("\(access) init(lexical: Swift.String) throws") { initializer in
                        initializer.line("items = try lexical.split(whereSeparator: { $0 == \" \" || $0 == \"\\t\" || $0 == \"\\n\" || $0 == \"\\r\" })")
                        initializer.line("    .map { try \(item).parse(lexical: Swift.String($0)) }")
                    }
                    body.line()
                    body.line("\(access) var lexical: Swift.String { items.map(\\.lexical).joined(separator: \" \") }")
                }
            case .union:
                atomic(simple.name, raw: "Swift.String", access: access, into: &writer)
            }
            lexicalCodable(simple.name, access: access, into: &writer)
        }
    }

    private func atomic(_ name: String, raw: String, access: String, into writer: inout CodeWriter) {
        let literal: String?
        switch raw {
        case "Swift.String": literal = "Swift.ExpressibleByStringLiteral"
        case "Swift.Int", "Swift.UInt8", "Swift.UInt16", "Swift.UInt32", "Swift.UInt64": literal = "Swift.ExpressibleByIntegerLiteral"
        default: literal = nil
        }
        writer.block("\(access) struct \(name): Swift.RawRepresentable, Swift.Sendable, Swift.Hashable, CUPIRuntime.XMLSimpleValue\(literal.map { ", " + $0 } ?? "")") { body in
            body.line("\(access) var rawValue: \(raw)")
            body.line()
            body.line("\(access) init(rawValue: \(raw)) { self.rawValue = rawValue }")
            body.line("\(access) init(_ rawValue: \(raw)) { self.rawValue = rawValue }")
            // Only a String never fails to read.
            body.line(raw == "Swift.String" ? "\(access) init(lexical: Swift.String) { self.rawValue = lexical }"
                      : "\(access) init(lexical: Swift.String) throws { self.rawValue = try \(raw)(lexical: lexical) }")
            body.line("\(access) var lexical: Swift.String { rawValue.lexical }")
            if literal == "Swift.ExpressibleByStringLiteral" {
                body.line("\(access) init(stringLiteral value: Swift.String) { self.rawValue = value }")
            } else if literal != nil {
                body.line("\(access) init(integerLiteral value: \(raw)) { self.rawValue = value }")
            }
        }
    }

    /// Plain `Codable` as the lexical string, so a value encodes the same in any coder.
    private func lexicalCodable(_ name: String, access: String, into writer: inout CodeWriter) {
        writer.line()
        writer.block("extension \(name): Swift.Codable") { body in
            body.block("\(access) init(from decoder: any Swift.Decoder) throws") { initializer in
                initializer.line("try self.init(lexical: decoder.singleValueContainer().decode(Swift.String.self))")
            }
            body.line()
            body.block("\(access) func encode(to encoder: any Swift.Encoder) throws") { function in
                function.line("var container = encoder.singleValueContainer()")
                function.line("try container.encode(lexical)")
            }
        }
    }
}
