import Analysis
import Dynamics
import Foundation
import Scenarios

/// The loaded assumptions a command works on, and the steps commands share: overrides from
/// `--set` and `--stdin`, a scenario resolved and compiled once, overrides checked against
/// it, series chosen.
struct Workspace {
    let assumptions: Assumptions

    /// Loads the assumptions `--assumptions` names. `ignoringCalibrated` leaves calibrated.json5
    /// unread, for `forecast calibrate`, which replaces it: a fit that no longer matches the
    /// model (a renamed or removed parameter) must not stop the refit that mends it.
    static func load(_ arguments: ParsedArguments, ignoringCalibrated: Bool = false) throws(Failure) -> Workspace {
        do {
            var files = try AssumptionFiles.locate(arguments.value("assumptions"))
            if ignoringCalibrated { files.files["calibrated.json5"] = nil }
            let assumptions = try Assumptions.load(files)
            ProblemReport.note(assumptions.warnings)
            return Workspace(assumptions: assumptions)
        } catch {
            throw Failure(error)
        }
    }

    /// `--set NAME=VALUE` (repeatable) and, with `--stdin`, one JSON object of overrides.
    static func overrides(_ arguments: ParsedArguments) throws(Failure) -> [Override] {
        var overrides = try setOverrides(arguments)
        if arguments.has("stdin") {
            do {
                overrides += try OverrideReader.read(Console.readInput(), origin: "--stdin", file: "<stdin>").overrides
            } catch {
                throw Failure(error)
            }
        }
        return overrides
    }

    /// `--set NAME=VALUE`, repeatable.
    static func setOverrides(_ arguments: ParsedArguments) throws(Failure) -> [Override] {
        var overrides: [Override] = []
        for assignment in arguments.all("set") {
            guard let equals = assignment.firstIndex(of: "="), !assignment[..<equals].isEmpty else {
                throw Failure(CommandProblem.setNeedsNameValue(assignment))
            }
            let name = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
            let text = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            guard let value = Double(text), value.isFinite else {
                throw Failure(CommandProblem.setValueNotNumber(name: name, text: text))
            }
            overrides.append(Override(name: name, value: value, origin: "--set"))
        }
        return overrides
    }

    /// Scenario `name`, resolved and compiled (once: scenarios of base's structure reuse the
    /// model compiled while loading).
    func compile(_ name: String) throws(Failure) -> CompiledScenario {
        do {
            return try CompiledScenario(Scenario.resolve(name, in: assumptions))
        } catch {
            throw Failure(error)
        }
    }

    /// Checks `overrides` against `compiled`: errors stop the command, warnings are returned.
    func check(_ overrides: [Override], for compiled: CompiledScenario) throws(Failure) -> [Diagnostic] {
        let problems = compiled.validate(overrides)
        ProblemReport.note(problems)
        if problems.contains(where: \.isError) { throw .problems(problems) }
        return problems
    }

    /// `--select` patterns, or the report's headline series.
    func seriesNames(_ arguments: ParsedArguments, available: [String]) throws(Failure) -> [String] {
        let patterns = SeriesSelection.patterns(arguments.all("select"))
        if patterns.isEmpty {
            let headline = assumptions.report.headline.filter(available.contains)
            return headline.isEmpty ? available : headline
        }
        do {
            return try SeriesSelection.select(patterns, from: available)
        } catch {
            throw Failure(error)
        }
    }

    /// `--from` and `--to`, in order.
    static func window(_ arguments: ParsedArguments) throws(Failure) -> (from: Quarter?, to: Quarter?) {
        let from: Quarter?, to: Quarter?
        do {
            from = try arguments.quarter("from")
            to = try arguments.quarter("to")
        } catch {
            throw .usage(error)
        }
        if let from, let to, from > to { throw Failure(CommandProblem.windowReversed(from: from.label, to: to.label)) }
        return (from, to)
    }

    /// Runs `compiled` with `overrides` and takes the rows and series a command shows.
    func view(_ compiled: CompiledScenario, overrides: [Override], arguments: ParsedArguments, sampling: Sampling,
              window: (from: Quarter?, to: Quarter?), warnings: [Diagnostic]) throws(Failure) -> RunView {
        let result: RunResult
        do {
            result = try compiled.run(parameterValues: compiled.parameterValues(overrides),
                                      saveEvery: sampling == .step ? compiled.settings.dt : 0.25)
        } catch {
            throw Failure(error)
        }
        let names = try seriesNames(arguments, available: compiled.model.columns.map(\.name))
        let first = Quarter(containing: compiled.settings.start), last = Quarter(containing: compiled.settings.stop)
        let (from, to) = window
        if (from.map { $0 > last } ?? false) || (to.map { $0 < first } ?? false) {
            throw Failure(CommandProblem.windowOutsideRun(from: from?.label ?? first.label, to: to?.label ?? last.label,
                                                          first: first.label, last: last.label))
        }
        return RunView(scenario: compiled.scenario, result: result, names: names, from: from, to: to, every: sampling,
                       milestones: assumptions.report.milestones, warnings: warnings, overrides: overrides)
    }
}
