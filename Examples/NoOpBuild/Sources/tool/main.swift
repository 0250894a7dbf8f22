import CTool
import Foundation

// Writes a Swift file holding the C function's answer.
let output = CommandLine.arguments[1]
try "public let answer = \(ctool_answer())\n".write(toFile: output, atomically: true, encoding: .utf8)
