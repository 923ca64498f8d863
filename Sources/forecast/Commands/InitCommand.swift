import Foundation
import Reporting
import Scenarios

/// `forecast init DIR`: write the built-in assumptions out for editing.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init", summary: "write the default assumptions to a folder for editing", positionals: ["DIR"],
        options: [.init(name: "force", value: nil, help: "overwrite an existing folder"), .help],
        examples: ["forecast init my-assumptions", "forecast run --assumptions my-assumptions"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let directory = arguments.positionals[0]
        guard !directory.isEmpty else { throw Failure(CommandProblem.emptyPath(option: "DIR")) }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: directory), !arguments.has("force") {
            throw Failure(CommandProblem.alreadyExists(directory))
        }
        let files = AssumptionFiles.builtIn.files
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(text, to: "\(directory)/\(path)")
            }
        } catch {
            throw Failure(CommandProblem.cannotWriteFolder(directory, reason: "\(error.path): \(error.reason)"))
        }
        Console.out("wrote \(files.count) files to \(directory)/; run them with: forecast run --assumptions \(directory)\n")
    }
}
