import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios

/// `forecast calibrate`: fits the free parameters of calibration.json5 to the history and
/// writes calibrated.json5, which every scenario then uses.
enum CalibrateCommand: Command {
    static let spec = CommandSpec(
        name: "calibrate", summary: "fit the model to assumptions/history and write assumptions/calibrated.json5",
        options: [
            .assumptions,
            .init(name: "method", value: "optimize|mcmc",
                  help: "optimize: the posterior's maximum with 95% profile intervals (default); mcmc: posterior draws from 8 chains",
                  choices: CalibrationResult.Method.allCases.map(\.rawValue)),
            .seed,
            .init(name: "starts", value: "N", help: "optimize: Nelder–Mead starts, the priors' values then Latin-hypercube points (default: 4)"),
            .init(name: "shard", value: "I/K", help: "mcmc: run only part I of K (chain groups) and write a part file for `forecast merge`"),
            .init(name: "out", value: "FILE", help: "with --shard: the part file to write (default: calibrate-part-I-of-K.json)"),
            .init(name: "dry-run", value: nil, help: "fit and print, but do not write calibrated.json5"),
            .format, .help,
        ],
        examples: ["forecast calibrate", "forecast calibrate --method mcmc --seed 7",
                   "forecast calibrate --dry-run --format json > fit.json",
                   "forecast calibrate --method mcmc --shard 1/2 && forecast calibrate --method mcmc --shard 2/2 && forecast merge calibrate-part-*.json"])

    static func run(_ arguments: ParsedArguments) throws(Failure) {
        let format = arguments.format(default: .table)
        let method = CalibrationResult.Method(rawValue: arguments.value("method") ?? "optimize") ?? .optimize
        var settings = CalibrationSettings()
        let shard: Shard?, out: String?
        do throws(UsageError) {
            out = try arguments.path("out")
            settings.seed = try arguments.seed()
            settings.starts = try arguments.count("starts", minimum: 1, default: settings.starts, example: "--starts 4")
            shard = try arguments.shard()
            if shard != nil, method != .mcmc {
                throw UsageError(problem: .conflictingOptions("--shard", "--method optimize", hint: "shard the MCMC sampler: --method mcmc --shard 1/2"))
            }
        } catch {
            throw .usage(error)
        }
        let workspace = try Workspace.load(arguments, ignoringCalibrated: true)
        let assumptions = workspace.assumptions
        let writesFile = !arguments.has("dry-run") && shard == nil
        if writesFile, assumptions.files.root == AssumptionFiles.builtIn.root {
            throw Failure(CommandProblem.calibrateNeedsFolder)
        }
        let setup: CalibrationSetup
        do {
            setup = try CalibrationSetup(assumptions)
        } catch {
            throw Failure(error)
        }
        let digest = assumptions.calibrationDigest(setup.spec)
        let bar = Console.errorIsTerminal && format != .json ? PhaseProgress() : nil
        defer { bar?.clear() }
        var progress: Calibrator.Progress?
        if let bar { progress = { phase, done, budget in bar.update(phase, done, budget) } }

        if let shard {
            let groups = shard.items(of: settings.groups)
            let results: [MCMCResult]
            do {
                results = try Calibrator.sampleGroups(setup, settings: settings, groups: groups, progress: progress)
            } catch {
                throw Failure(error)
            }
            let part = PartFile.mcmc(groups: groups, results: results, shard: shard, digest: digest, settings: settings)
            let path = try part.write(to: out, prefix: "calibrate")
            bar?.clear()
            Console.out("wrote \(path): chain groups \(groups.map { String($0 + 1) }.joined(separator: ", ")) of \(settings.groups)\n")
            return
        }

        let result: CalibrationResult
        do {
            result = method == .optimize
                ? try Calibrator.optimize(setup, settings: settings, digest: digest, progress: progress)
                : try Calibrator.sample(setup, settings: settings, digest: digest, progress: progress)
        } catch {
            throw Failure(error)
        }
        bar?.clear()
        try finish(result, assumptions: assumptions, writesFile: writesFile, format: format)
    }

    /// Writes calibrated.json5 (unless a dry run) and prints the result.
    static func finish(_ result: CalibrationResult, assumptions: Assumptions, writesFile: Bool, format: OutputFormat) throws(Failure) {
        var written: String?
        if writesFile {
            let path = assumptions.files.displayPath("calibrated.json5")
            try write(result.calibrated.text(priors: result.priors), to: path)
            written = path
        }
        if format == .json {
            Console.out(JSONWriter.write(result.json(written: written, warnings: assumptions.warnings), style: .pretty) + "\n")
        } else {
            ProblemReport.printWarnings(assumptions.warnings, format: format)
            Console.out(CalibrateOutput.table(result, written: written))
        }
    }

}

extension CalibrateCommand {
    static func write(_ text: String, to path: String) throws(Failure) {
        do {
            try AtomicFile.write(text, to: path, createDirectories: false)
        } catch {
            throw Failure(catching: error)
        }
    }
}

/// A progress line on standard error for work in phases (fitting, intervals, sampling).
final class PhaseProgress: @unchecked Sendable {
    private var bar: ProgressBar?
    private var phase = ""

    func update(_ phase: String, _ done: Int, _ budget: Int) {
        if phase != self.phase {
            bar?.clear()
            bar = ProgressBar(total: budget, label: phase, unit: "runs")
            self.phase = phase
        }
        bar?.update(done)
    }

    func clear() {
        bar?.clear()
        bar = nil
    }
}
