// The ConstructsModel module: generated at build time by CUPIGeneratorPlugin from constructs.xsd
// (named by cupi-gen.json beside this file), a schema of the constructs whose generated code once
// failed to compile or warned. Building it is the test that it no longer does; ConstructsTests
// checks that a document survives decoding and encoding.
//
// This file exists because SwiftPM rejects a target with no source files of its own.
