/// A subcommand of `forecast`.
protocol Command {
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; throws `Failure` to stop with its exit code. (Untyped here:
    /// typed throws through an existential metatype crashes the Swift 6.3 compiler.)
    static func run(_ arguments: ParsedArguments) throws
}

enum Commands {
    static var all: [any Command.Type] { [
        RunCommand.self, ReportCommand.self, CompareCommand.self, MonteCarloCommand.self, SensitivityCommand.self, BacktestCommand.self,
        CalibrateCommand.self, OfferCommand.self, MergeCommand.self, CheckCommand.self, ExplainCommand.self,
        InitCommand.self, ExportCommand.self, SimulateCommand.self, ListCommand.self,
    ] }

    static var toolHelp: String {
        var lines = ["forecast: scenario forecasts of AI training cost, the open-closed capability gap, adoption and talent pay", "",
                     "Usage: forecast COMMAND [options]        forecast COMMAND --help", "", "Commands:"]
        let width = all.map { $0.spec.name.count }.max() ?? 0
        for command in all {
            lines.append("  \(command.spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(command.spec.summary)")
        }
        lines += ["", "Examples:", "  forecast run --set hardware_growth=1.25", "  forecast run --scenario sponsor-retreat --select 'comp_*'",
                  "  forecast report --quarter 2026Q4", "  forecast check",
                  "", "Money is in constant 2023 US dollars. Exit codes: 0 ok, 1 a problem in the model or input, 2 a usage error."]
        return lines.joined(separator: "\n") + "\n"
    }
}
