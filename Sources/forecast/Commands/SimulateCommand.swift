import Dynamics
import Foundation
import Reporting
import XMILE

/// `forecast simulate MODEL.xmile`: run any XMILE model on the engine.
enum SimulateCommand: Command {
    static let spec = CommandSpec(
        name: "simulate", summary: "run an XMILE model (Stella, Vensim, PySD) and print its results", positionals: ["MODEL.xmile"],
        options: [.init(name: "format", value: "csv|json", help: "output format (default: csv)"), .help],
        examples: ["forecast simulate teacup.xmile", "forecast simulate model.xmile --format json > results.json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = try Workspace.format(arguments, ["csv", "json"])
        let path = arguments.positionals[0]
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure("no file at '\(path)'", hint: "give the path of an .xmile or .stmx file")
        }
        do {
            let model = try XMILEImporter.load(contentsOf: URL(fileURLWithPath: path))
            if !model.warnings.isEmpty { Console.error(ProblemReport.text(model.warnings)) }
            let results = try XMILESimulator.simulate(model)
            Console.out(format == "json" ? SimulationOutput.json(results) : SimulationOutput.csv(results))
        } catch {
            throw Failure(error)
        }
    }
}
