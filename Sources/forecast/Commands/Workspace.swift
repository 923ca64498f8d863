import Analysis
import Dynamics
import Foundation
import Scenarios

/// The loaded assumptions a command works on, and the common steps: overrides from `--set`
/// and `--stdin`, resolving and compiling a scenario, choosing series.
struct Workspace {
    let assumptions: Assumptions

    static func load(_ arguments: ParsedArguments) throws(Failure) -> Workspace {
        do {
            return Workspace(assumptions: try Assumptions.load(AssumptionFiles.locate(arguments.value("assumptions"))))
        } catch {
            throw Failure(error)
        }
    }

    /// `--set NAME=VALUE` (repeatable) and, with `--stdin`, one JSON object of overrides.
    static func overrides(_ arguments: ParsedArguments) throws(Failure) -> [Override] {
        var overrides: [Override] = []
        for assignment in arguments.all("set") {
            guard let equals = assignment.firstIndex(of: "="), !assignment[..<equals].isEmpty else {
                throw .usage(UsageError(message: "--set needs NAME=VALUE, not '\(assignment)'", hint: "e.g. --set hardware_growth=1.25"))
            }
            let name = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
            let text = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            guard let value = Double(text), value.isFinite else {
                throw Failure("--set \(name)=\(text): '\(text)' is not a number", hint: "e.g. --set \(name)=1.25")
            }
            overrides.append(Override(name: name, value: value, origin: "--set"))
        }
        if arguments.has("stdin") {
            overrides += try parseOverrides(Console.readInput(), origin: "--stdin", file: "<stdin>").overrides
        }
        return overrides
    }

    /// One JSON object of `name: number` (and, when allowed, `"scenario": "name"`).
    static func parseOverrides(_ data: Data, origin: String, file: String, allowScenario: Bool = false)
        throws(Failure) -> (overrides: [Override], scenario: String?) {
        let value: JSONValue
        do {
            value = try JSON5Reader.parse(data, file: file)
        } catch {
            throw Failure(error)
        }
        guard let members = value.members else {
            throw Failure(Diagnostic(.error, "\(origin) must be one JSON object of parameter values, not \(value.typeName)",
                                     hint: "e.g. {\"hardware_growth\": 1.3}", at: SourceLocation(file: file, position: value.position)))
        }
        var overrides: [Override] = [], scenario: String?
        for member in members {
            if allowScenario, member.key == "scenario" {
                guard let name = member.value.string else {
                    throw Failure(Diagnostic(.error, "\"scenario\" must be a string", at: SourceLocation(file: file, position: member.value.position)))
                }
                scenario = name
                continue
            }
            guard let number = member.value.number, number.isFinite else {
                throw Failure(Diagnostic(.error, "the value of '\(member.key)' in \(origin) must be a finite number, not \(member.value.typeName)",
                                         hint: "e.g. {\"\(member.key)\": 1.3}", at: SourceLocation(file: file, position: member.value.position)))
            }
            overrides.append(Override(name: member.key, value: number, origin: origin))
        }
        return (overrides, scenario)
    }

    func resolve(_ name: String, overrides: [Override] = []) throws(Failure) -> (scenario: Scenario, warnings: [Diagnostic]) {
        do {
            return try Scenario.resolve(name, in: assumptions, overrides: overrides)
        } catch {
            throw Failure(error)
        }
    }

    func compile(_ scenario: Scenario) throws(Failure) -> CompiledScenario {
        do {
            return try CompiledScenario(scenario)
        } catch {
            throw Failure(error)
        }
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

    static func quarter(_ text: String?, option: String) throws(Failure) -> Quarter? {
        guard let text else { return nil }
        guard let quarter = Quarter(text) else {
            throw .usage(UsageError(message: "--\(option) must be a quarter such as 2027Q1, not '\(text)'"))
        }
        return quarter
    }

    static func sampling(_ arguments: ParsedArguments, default fallback: Sampling = .quarter) throws(Failure) -> Sampling {
        do {
            return Sampling(rawValue: try ArgumentParser.choice(arguments.value("every"), of: Sampling.allCases.map(\.rawValue),
                                                                option: "every", default: fallback.rawValue))!
        } catch {
            throw .usage(error)
        }
    }

    static func format(_ arguments: ParsedArguments, _ choices: [String] = ["table", "json"]) throws(Failure) -> String {
        do {
            return try ArgumentParser.choice(arguments.value("format"), of: choices, option: "format", default: choices[0])
        } catch {
            throw .usage(error)
        }
    }
}
