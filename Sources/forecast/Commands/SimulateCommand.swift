import Dynamics
import Foundation
import Reporting
import XMILE

/// `forecast simulate MODEL.xmile`: run any XMILE model on the engine.
enum SimulateCommand: Command {
    static let spec = CommandSpec(
        name: "simulate", summary: "run an XMILE model (Stella, Vensim, PySD) and print its results", positionals: ["MODEL.xmile"],
        options: [.format([.csv, .json]), .seed, .help],
        examples: ["forecast simulate teacup.xmile", "forecast simulate model.xmile --format json > results.json",
                   "forecast simulate noisy.xmile --seed 7"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .csv)
        let seed: UInt64
        do throws(UsageError) {
            seed = try arguments.seed()
        } catch {
            throw .usage(error)
        }
        let path = arguments.positionals[0]
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure(CommandProblem.noFile(path, what: "an .xmile or .stmx file"))
        }
        do {
            let model = try XMILEImporter.load(contentsOf: URL(fileURLWithPath: path))
            ProblemReport.note(model.warnings)
            ProblemReport.printWarnings(model.warnings, format: format)
            var settings = model.settings
            settings.seed = seed
            let results = try XMILESimulator.simulate(model, settings: settings)
            Console.out(format == .json ? SimulationOutput.json(results, warnings: model.warnings) : SimulationOutput.csv(results))
        } catch {
            throw Failure(error)
        }
    }
}
