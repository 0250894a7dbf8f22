/// What generated clients call: XML and CUPI-JSON coding, validation, and the client core.
enum CUPIRuntime {}
