// DemoClient's code is generated at build time by CUPIGeneratorPlugin from the WADL that
// cupi-gen.json names (../../Schema/demo.wadl). SwiftPM rejects a target without a source file
// of its own, hence this one.
