import CUPIRuntime
import DemoClient
import Foundation

// Everything printed here comes from the schema, through code the plugin generated this build.
print("elements: " + SchemaElements.types.keys.sorted().joined(separator: ", "))

let payload = Data("<Greeting><Text>Hello from demo-items.xsd</Text></Greeting>".utf8)
let greeting = try XMLCoding.decode(Greeting.self, from: payload, rootName: "Greeting")
print("Greeting.text: \(greeting.text)")
