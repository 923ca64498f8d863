import Dynamics
import Foundation
import Reporting
import Scenarios
import XMILE

/// `forecast export --xmile FILE`: a scenario's model as an XMILE 1.0 file.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export", summary: "write a scenario's model as XMILE, for Stella, Vensim and PySD",
        options: [
            .init(name: "xmile", value: "FILE", help: "the XMILE file to write (required)"),
            .scenario, .assumptions,
            .init(name: "set", value: "NAME=VALUE", help: "override a parameter in the exported model (repeatable)", repeatable: true),
            .init(name: "method", value: "euler|rk4", help: "integration method written to <sim_specs> (default: the scenario's)"),
            .help,
        ],
        examples: ["forecast export --xmile base.xmile",
                   "forecast export --xmile sponsor-retreat.xmile --scenario sponsor-retreat",
                   "forecast export --xmile base-euler.xmile --method euler   # for PySD, which integrates with Euler",
                   "forecast export --xmile what-if.xmile --set hardware_growth=1.25",
                   "forecast simulate base.xmile   # run the exported file again on this engine"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        guard let path = arguments.value("xmile"), !path.isEmpty else {
            throw .usage(UsageError(message: "`forecast export` needs --xmile FILE", hint: "e.g. forecast export --xmile base.xmile",
                                    command: spec.name))
        }
        var method: IntegrationMethod?
        if let written = arguments.value("method") {
            do throws(UsageError) {
                method = IntegrationMethod(rawValue: try ArgumentParser.choice(written, of: IntegrationMethod.allCases.map(\.rawValue),
                                                                               option: "method", default: "rk4"))
            } catch {
                throw .usage(error)
            }
        }
        let workspace = try Workspace.load(arguments)
        let overrides = try Workspace.overrides(arguments)
        let (scenario, warnings) = try workspace.resolve(arguments.value("scenario") ?? "base", overrides: overrides)
        if !(workspace.assumptions.warnings + warnings).isEmpty {
            Console.error(ProblemReport.text(workspace.assumptions.warnings + warnings))
        }

        var settings = scenario.settings
        if let method { settings.method = method }
        let definition = documented(scenario.definition, scenario)
        let text: String
        do {
            text = try XMILEExporter.export(definition, settings: settings, name: scenario.name, doc: scenario.description,
                                            timeUnit: "year")
        } catch {
            throw Failure(error)
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw Failure("cannot write '\(path)': \(error.localizedDescription)", hint: "check that the path names a file in a folder you can write to")
        }

        let stocks = definition.variables.filter(\.isStock).count
        var report = "wrote \(path): scenario \(scenario.name) as XMILE 1.0, \(stocks) stocks, "
            + "\(definition.variables.count - stocks) flows and auxiliaries, \(definition.parameters.count) parameters, "
            + "\(definition.tables.count) tables; \(settings.method == .euler ? "Euler" : "RK4") from "
            + "\(ExpressionPrinter.formatNumber(settings.start)) to \(ExpressionPrinter.formatNumber(settings.stop)), "
            + "dt \(ExpressionPrinter.formatNumber(settings.dt)) year\n"
        let renamed = XMILEExporter.exportedNames(of: definition).filter { $0.key != $0.value }.sorted { $0.key < $1.key }
        if !renamed.isEmpty {
            report += "renamed for XMILE: " + renamed.map { "\($0.key) → \($0.value)" }.joined(separator: ", ") + "\n"
        }
        Console.out(report)
    }

    /// The model with each parameter's source as its documentation, and the hidden
    /// parameters of timed events explained.
    private static func documented(_ definition: ModelDefinition, _ scenario: Scenario) -> ModelDefinition {
        var definition = definition
        for index in definition.parameters.indices where definition.parameters[index].doc == nil {
            let name = definition.parameters[index].name
            let parts = name.split(separator: "#", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                definition.parameters[index].doc = parts[1] == "base"
                    ? "The value of \(parts[0]) before its first timed change."
                    : "The value of \(parts[0]) from \(parts[1]) (a timed change of the scenario)."
            } else if let parameter = scenario.parameter(name) {
                definition.parameters[index].doc = [parameter.note, parameter.source.map { "Source: \($0)" }]
                    .compactMap { $0 }.joined(separator: " ").nilIfEmpty
            }
        }
        return definition
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
