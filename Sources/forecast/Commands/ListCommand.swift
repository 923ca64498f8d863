import Dynamics
import Reporting
import Scenarios

/// `forecast list scenarios|parameters|variables`: what there is, with one-line docs.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list", summary: "list scenarios, parameters or variables with one-line docs", positionals: ["scenarios|parameters|variables"],
        options: [.assumptions, .format, .help],
        examples: ["forecast list scenarios", "forecast list parameters --format json", "forecast list variables"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let written = arguments.positionals[0]
        guard let kind = ListOutput.Kind(rawValue: written) else {
            let hint = Suggestion.closest(to: written, in: ListOutput.Kind.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
            throw Failure(CommandProblem.listKind(written, hint: hint))
        }
        let workspace = try Workspace.load(arguments)
        let list: ListOutput
        do {
            list = try ListOutput(kind, assumptions: workspace.assumptions)
        } catch {
            throw Failure(error)
        }
        Console.out(format == .json ? JSONWriter.write(list.json, style: .pretty) + "\n" : list.text)
    }
}
