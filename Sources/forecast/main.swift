import Dynamics
import Foundation

/// Parses the command line, runs the command, prints problems, exits 0, 1 or 2.
func main(_ arguments: [String]) -> Int32 {
    guard let name = arguments.first, !["--help", "-h"].contains(name) else {
        Console.out(Commands.toolHelp)
        return 0
    }
    if name == "--version" {
        Console.out("forecast 0.1\n")
        return 0
    }
    if name == "help" {
        // `forecast help run` is `forecast run --help`.
        guard let topic = arguments.dropFirst().first else {
            Console.out(Commands.toolHelp)
            return 0
        }
        return main([topic, "--help"])
    }
    guard let command = Commands.all.first(where: { $0.spec.name == name }) else {
        let hint = Suggestion.closest(to: name, in: Commands.all.map { $0.spec.name }).map { "did you mean '\($0)'?" } ?? "see `forecast --help`"
        let failure = Failure(CommandProblem.unknownCommand(name, hint: hint))
        ProblemReport.print(failure, json: false)
        return failure.exitCode
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        Console.out(command.spec.help + "\n")
        return 0
    }
    let (parsed, usageError) = ArgumentParser.parse(rest, for: command.spec)
    // JSON mode comes from the parsed --format, valid even when another argument is wrong.
    let json = parsed.format(default: .table) == .json
    if let usageError {
        ProblemReport.print(.usage(usageError), json: json)
        return 2
    }
    do {
        try command.run(parsed)
        return 0
    } catch {
        let failure = Failure(catching: error)
        ProblemReport.print(failure, json: json)
        return failure.exitCode
    }
}

exit(main(Array(CommandLine.arguments.dropFirst())))
