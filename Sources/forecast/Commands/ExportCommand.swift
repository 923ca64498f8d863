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
            .init(name: "stdin", value: nil, help: "read overrides as one JSON object from standard input"),
            .init(name: "method", value: "euler|rk4", help: "integration method written to <sim_specs> (default: the scenario's)",
                  choices: IntegrationMethod.allCases.map(\.rawValue)),
            .help,
        ],
        examples: ["forecast export --xmile base.xmile",
                   "forecast export --xmile sponsor-retreat.xmile --scenario sponsor-retreat",
                   "forecast export --xmile base-euler.xmile --method euler   # for PySD, which integrates with Euler",
                   "forecast export --xmile what-if.xmile --set hardware_growth=1.25",
                   "forecast simulate base.xmile   # run the exported file again on this engine"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let path: String
        do throws(UsageError) {
            guard let given = try arguments.path("xmile") else { throw UsageError(problem: .exportNeedsFile) }
            path = given
        } catch {
            throw .usage(error)
        }
        let method = arguments.value("method").flatMap(IntegrationMethod.init(rawValue:))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(CommandProblem.missingDirectory(path: path, directory: folder))
        }
        let workspace = try Workspace.load(arguments)
        let overrides = try Workspace.overrides(arguments)
        // Exporting writes the overrides into the model itself, so it resolves with them.
        let scenario: Scenario, warnings: [Diagnostic]
        do {
            (scenario, warnings) = try Scenario.resolve(arguments.value("scenario") ?? "base", in: workspace.assumptions, overrides: overrides)
        } catch {
            throw Failure(error)
        }
        ProblemReport.printWarnings(workspace.assumptions.warnings + warnings, format: .table)

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
            try AtomicFile.write(text, to: path, createDirectories: false)
        } catch {
            throw Failure(CommandProblem.cannotWrite(path: path, reason: error.reason))
        }
        Console.out(ExportSummary.text(path: path, scenario: scenario.name, definition: definition, settings: settings))
    }

    /// The model with each parameter's source as its documentation, and the hidden
    /// parameters of timed events explained.
    private static func documented(_ definition: ModelDefinition, _ scenario: Scenario) -> ModelDefinition {
        var definition = definition
        for index in definition.parameters.indices where definition.parameters[index].doc == nil {
            let parameter = definition.parameters[index]
            if case .timedValue(let name, let at) = parameter.provenance {
                definition.parameters[index].doc = at.map { "The value of \(name) from \($0) (a timed change of the scenario)." }
                    ?? "The value of \(name) before its first timed change."
            } else if let resolved = scenario.parameter(parameter.name) {
                definition.parameters[index].doc = [resolved.note, resolved.source.map { "Source: \($0)" }]
                    .compactMap { $0 }.joined(separator: " ").nilIfEmpty
            }
        }
        return definition
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
