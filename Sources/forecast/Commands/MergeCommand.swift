import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast merge PARTS…`: joins the part files of a sharded `montecarlo` or
/// `calibrate --method mcmc` into the output the unsharded command gives, byte for byte.
enum MergeCommand: Command {
    static let spec = CommandSpec(
        name: "merge", summary: "join the part files of a sharded montecarlo or calibrate --method mcmc",
        positionals: ["PARTS…"],
        options: [.assumptions, .format([.table, .json, .csv]), .help],
        examples: ["forecast merge calibrate-part-*.json", "forecast merge montecarlo-part-*.json --format json > fan.json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        var parts: [(file: String, part: PartFile)] = []
        for path in arguments.positionals {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw Failure(CommandProblem.noFile(path, what: "a part file that --shard wrote"))
            }
            do {
                parts.append((path, try PartFile.read(text, file: path)))
            } catch {
                throw Failure(error)
            }
        }
        let merged: (first: PartFile, items: [JSONValue])
        do {
            merged = try PartFile.merge(parts)
        } catch {
            throw Failure(error)
        }
        let workspace = try Workspace.load(arguments)
        switch merged.first.job {
        case "calibrate-mcmc":
            try mergeCalibration(merged.first, items: merged.items, parts: parts, workspace: workspace, format: format)
        case "montecarlo":
            try MonteCarloCommand.merge(merged.first, items: merged.items, file: parts[0].file, workspace: workspace, format: format)
        default:
            throw Failure(Diagnostic(.error, AnalysisProblem.badPart(file: parts[0].file, what: "its job '\(merged.first.job)' is not one merge knows")))
        }
    }

    static func mergeCalibration(_ first: PartFile, items: [JSONValue], parts: [(file: String, part: PartFile)], workspace: Workspace,
                                 format: OutputFormat) throws(Failure) {
        let assumptions = workspace.assumptions
        let setup: CalibrationSetup
        do {
            setup = try CalibrationSetup(assumptions)
        } catch {
            throw Failure(error)
        }
        guard assumptions.calibrationDigest(setup.spec) == first.digest else {
            throw Failure(Diagnostic(.error, AnalysisProblem.partsDiffer(file: parts[0].file, first: assumptions.files.root)))
        }
        var settings = CalibrationSettings()
        settings.seed = first.seed
        guard let results = PartFile.mcmcResults(items), results.count == settings.groups else {
            throw Failure(Diagnostic(.error, AnalysisProblem.badPart(file: parts[0].file, what: "its chain groups do not match this build's sampler")))
        }
        let result: CalibrationResult
        do {
            result = try Calibrator.posterior(setup, settings: settings, groups: results, digest: first.digest)
        } catch {
            throw Failure(error)
        }
        try CalibrateCommand.finish(result, assumptions: assumptions, writesFile: assumptions.files.root != AssumptionFiles.builtIn.root,
                                    format: format)
    }
}
