// The HostileNamesModel module: generated at build time by CUPIGeneratorPlugin from hostile.wadl,
// whose types are named like the runtime's and the standard library's (`Page`, `String`,
// `Transport`, …). Building it with no error and no warning is the test that generated code
// cannot be broken by a schema's names; HostileNamesTests checks that it also works.
//
// This file exists because SwiftPM rejects a target with no source files of its own.
