/// The files `cupi-gen generate` always writes, declared as outputs before it runs. A copy of
/// `CodeGenerator.fileNames` (a plugin cannot import CUPIGenerator); PluginSourceTests fails
/// when the two differ.
let generatedFileNames = ["Models.swift", "SimpleTypes.swift", "XMLCoding.swift", "JSONCoding.swift", "Validation.swift", "Endpoints.swift"]
