import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast offer OFFERS.json5`: job offers valued under the scenarios and their uncertainty.
enum OfferCommand: Command {
    static let spec = CommandSpec(
        name: "offer", summary: "value job offers under the scenarios and uncertainty, and compare them", positionals: ["OFFERS.json5"],
        options: [
            .assumptions,
            .init(name: "runs", value: "N", help: "Monte Carlo runs (default: the file's runs, else 1000)"),
            .init(name: "seed", value: "S", help: "random seed, 0 to 2^53-1 (default: the file's seed, else 1)"),
            .init(name: "out", value: "DIR", help: "also write a one-page Markdown brief with its chart to DIR"),
            .format, .help,
        ],
        examples: ["forecast offer assumptions/offers/example.json5", "forecast offer offers.json5 --runs 5000 --seed 7",
                   "forecast offer offers.json5 --format json > offers.json", "forecast offer offers.json5 --out brief/"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let runs: Int?, seed: UInt64?, out: String?
        do throws(UsageError) {
            runs = arguments.has("runs") ? try arguments.count("runs", minimum: 1, default: 1, example: "--runs 1000") : nil
            seed = arguments.has("seed") ? try arguments.seed() : nil
            out = try arguments.path("out")
        } catch {
            throw .usage(error)
        }
        let path = arguments.positionals[0]
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(CommandProblem.noFile(path, what: "an offer file, e.g. assumptions/offers/example.json5"))
        }
        let workspace = try Workspace.load(arguments)
        let base = try workspace.compile("base")
        let market = OfferMarket(base: base, dimensions: workspace.assumptions.dimensions, scenarios: workspace.assumptions.scenarioNames)
        var file: OfferFile
        do {
            file = try OfferFileReader.read(data, file: path, market: market)
        } catch {
            throw Failure(error)
        }
        if let runs {
            guard runs <= OfferFile.maximumRuns else { throw Failure(Diagnostic(.error, OfferProblem.runs(Double(runs)))) }
            file.runs = runs
        }
        if let seed { file.seed = seed }
        var compiled: [CompiledScenario] = []
        for name in file.scenarios { compiled.append(name == "base" ? base : try workspace.compile(name)) }
        let bar = Console.errorIsTerminal && format != .json ? ProgressBar(total: file.runs, label: "offer") : nil
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { bar.update($0) } }
        let analysis: OfferAnalysis
        do {
            defer { bar?.clear() }
            analysis = try OfferAnalysis.run(file, compiled: compiled, correlations: workspace.assumptions.correlations, progress: progress)
        } catch {
            throw Failure(catching: error)
        }
        let warnings = workspace.assumptions.warnings
        if let out {
            let brief = OfferBrief(analysis)
            do throws(FileWriteError) {
                try AtomicFile.write(brief.chart, to: "\(out)/\(OfferBrief.chartFile)")
                try AtomicFile.write(brief.markdown, to: "\(out)/\(OfferBrief.markdownFile)")
            } catch {
                throw Failure(CommandProblem.cannotWrite(path: error.path, reason: error.reason))
            }
        }
        switch format {
        case .json:
            Console.out(JSONWriter.write(OfferOutput.json(analysis, digest: base.scenario.digest, warnings: warnings), style: .pretty) + "\n")
        default:
            ProblemReport.printWarnings(warnings, format: format)
            Console.out(OfferOutput.table(analysis))
            if let out { Console.out("wrote \(out)/\(OfferBrief.markdownFile) and \(out)/\(OfferBrief.chartFile)\n") }
        }
    }
}
