// The CUPIClient module: its code is generated at build time by CUPIGeneratorPlugin from the
// WADL that cupi-gen.json (beside this file) names, Inputs/cupi/application.wadl. Generated/CUPIClient
// holds the same files checked in, for review and diffing (GoldenTests keeps the two equal).
//
// This file exists because SwiftPM rejects a target with no source files of its own, even when
// a build plugin supplies them all.
