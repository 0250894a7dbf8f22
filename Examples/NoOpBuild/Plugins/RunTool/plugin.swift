import PackagePlugin

@main
struct RunTool: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Answer.swift")
        return [.buildCommand(displayName: "Generating Answer.swift", executable: try context.tool(named: "tool").url,
                              arguments: [output.path], inputFiles: [], outputFiles: [output])]
    }
}
