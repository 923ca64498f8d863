import Dynamics
import Foundation

/// Parses the command line, runs the command, prints problems, exits 0, 1 or 2.
func main(_ arguments: [String]) -> Int32 {
    let jsonMode = zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "json" }
        || arguments.contains("--format=json")
    func fail(_ failure: Failure) -> Int32 {
        switch failure {
        case .problems(let diagnostics):
            Console.error(jsonMode ? ProblemReport.json(diagnostics) : ProblemReport.text(diagnostics))
        case .usage(let error):
            Console.error(jsonMode ? ProblemReport.usageJSON(error) : ProblemReport.usageText(error))
        }
        return failure.exitCode
    }
    guard let name = arguments.first, !["--help", "-h", "help"].contains(name) else {
        Console.out(Commands.toolHelp)
        return 0
    }
    if name == "--version" {
        Console.out("forecast 0.1\n")
        return 0
    }
    guard let command = Commands.all.first(where: { $0.spec.name == name }) else {
        let hint = Suggestion.closest(to: name, in: Commands.all.map { $0.spec.name }).map { "did you mean '\($0)'?" } ?? "see `forecast --help`"
        return fail(.usage(UsageError(message: "unknown command '\(name)'", hint: hint)))
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        Console.out(command.spec.help + "\n")
        return 0
    }
    let parsed: ParsedArguments
    do throws(UsageError) {
        parsed = try ArgumentParser.parse(rest, for: command.spec)
    } catch {
        return fail(.usage(error))
    }
    do {
        try command.run(parsed)
        return 0
    } catch let failure as Failure {
        return fail(failure)
    } catch {
        return fail(.problems([Diagnostic(.error, "\(error)")]))
    }
}

exit(main(Array(CommandLine.arguments.dropFirst())))
