import Dynamics

/// `calibration.json5`: what `forecast calibrate` fits, to which data, up to when.
///
/// ```json5
/// {
///   schema: 1,
///   scenario: "backtest",        // the run that is fitted (its clock and settings)
///   until: "2024-12-31",         // data cut-off: later observations are left out
///   targets: [
///     { series: "frontier_compute_closed", history: "frontier_compute.csv", column: "max_closed_training_flop",
///       observation: "floor", sigma: 0.3, every: "year" },
///     { series: "price_closed_frontier", history: "api_prices.csv", column: "price_closed_frontier_usd2023_per_mtok",
///       observation: "lognormal", sigma: "estimate" },
///   ],
///   parameters: [
///     "hardware_growth",           // prior: base.json5's value, range and distribution
///     { name: "outside_capital_start", value: 6.9e8, low: 2e8, high: 2e9, distribution: "lognormal", source: "…" },
///   ],
/// }
/// ```
public struct CalibrationSpec: Sendable {
    public var file: String
    public var location: SourceLocation
    public var description: String?
    /// The scenario whose run is fitted.
    public var scenario: String
    public var scenarioLocation: SourceLocation
    /// The data cut-off as written, and as the first decimal year after it: observations at
    /// times before `cutoff` are used.
    public var until: String
    public var cutoff: Double
    public var targets: [CalibrationTarget]
    public var parameters: [FreeParameter]

    static let keys = ["schema", "description", "scenario", "until", "targets", "parameters"]

    /// The decimal year just after a cut-off written as a day (`2024-12-31`), a month
    /// (`2024-12`), a year (`2024`) or a quarter (`2024Q4`): the data of that whole period is in.
    public static func cutoff(_ text: String) -> Double? {
        if let quarter = Quarter(text) { return quarter.time + 0.25 }
        guard let start = HistoryTable.time(text) else { return nil }
        switch text.split(separator: "-").count {
        case 1: return start + 1
        case 2: return start + 1.0 / 12
        default: return start + 1.0 / 365
        }
    }

    static func read(_ root: JSONValue, file: String, problems: inout [Diagnostic]) -> CalibrationSpec? {
        guard let reader = ObjectReader(root, file: file, context: "the calibration", problems: &problems) else { return nil }
        reader.rejectUnknownKeys(keys, problems: &problems)
        SchemaVersion.check(reader, problems: &problems)
        var spec = CalibrationSpec(file: file, location: reader.location, description: reader.string("description", problems: &problems),
                                   scenario: "backtest", scenarioLocation: reader.location, until: "", cutoff: .infinity,
                                   targets: [], parameters: [])
        if let scenario = reader.string("scenario", problems: &problems) {
            spec.scenario = scenario
            spec.scenarioLocation = reader.location(of: reader.value["scenario"]!)
        }
        if let until = reader.string("until", required: true, problems: &problems) {
            if let cutoff = cutoff(until) {
                spec.until = until
                spec.cutoff = cutoff
            } else {
                problems.append(Diagnostic(.error, AssumptionProblem.notACutoff(until), at: reader.location(of: reader.value["until"]!)))
            }
        }
        if let targets = reader.value["targets"] {
            let elements = ObjectReader.elements(of: targets, key: "targets", expected: "an array of { series, history, column, observation }",
                                                 file: file, problems: &problems)
            spec.targets = elements.compactMap { CalibrationTarget.read($0, file: file, problems: &problems) }
            if elements.isEmpty, targets.array != nil {
                problems.append(Diagnostic(.error, AssumptionProblem.calibrationWithout("targets"), at: reader.location(of: targets)))
            }
        } else {
            problems.append(Diagnostic(.error, AssumptionProblem.missingKey("targets", context: "the calibration", expected: "[{ series, history, column, observation }]"),
                                       at: reader.location))
        }
        if let parameters = reader.value["parameters"] {
            let elements = ObjectReader.elements(of: parameters, key: "parameters", expected: "an array of parameter names or { name, low, high }",
                                                 file: file, problems: &problems)
            spec.parameters = elements.compactMap { FreeParameter.read($0, file: file, problems: &problems) }
            if elements.isEmpty, parameters.array != nil {
                problems.append(Diagnostic(.error, AssumptionProblem.calibrationWithout("parameters"), at: reader.location(of: parameters)))
            }
            var seen: [String: SourceLocation] = [:]
            for parameter in spec.parameters {
                if let first = seen[parameter.name] {
                    problems.append(Diagnostic(.error, AssumptionProblem.freeParameterTwice(parameter.name, first: first), at: parameter.location))
                } else {
                    seen[parameter.name] = parameter.location
                }
            }
        } else {
            problems.append(Diagnostic(.error, AssumptionProblem.missingKey("parameters", context: "the calibration", expected: "[\"name\", …]"),
                                       at: reader.location))
        }
        return spec
    }
}

/// One series the model is fitted to: a model series, the history column it is compared
/// with, and how an observation relates to the truth.
public struct CalibrationTarget: Sendable {
    public enum Observation: String, CaseIterable, Sendable {
        /// log₁₀ observed = log₁₀ model + N(0, σ²).
        case lognormal
        /// The truth is at or above the observation (running maxima of published runs).
        case floor
        /// The truth is at or below the observation (a sum that leaves few out, a "less than" figure).
        case ceiling
        /// The truth lies between two columns, `low` and `high`.
        case range
    }

    /// Which rows are used: every observation, or the last of each calendar year (for running
    /// maxima, whose months repeat one value).
    public enum Every: String, CaseIterable, Sendable {
        case observation, year
    }

    public var series: String
    public var history: String
    /// The observed column; for a range, the low and high columns instead.
    public var column: String?
    public var low: String?
    public var high: String?
    public var observation: Observation
    /// σ in log₁₀ units; nil for a lognormal whose σ is estimated with the fit.
    public var sigma: Double?
    public var weight: Double
    public var every: Every
    /// A column each observed value is multiplied by (e.g. `usd2023_factor`).
    public var multiply: String?
    /// Only rows whose columns hold these values (e.g. `{ company_id: 1 }`).
    public var filter: [(column: String, value: Double)]
    public var location: SourceLocation

    /// A short name for messages and tables: `series ← file:column`.
    public var label: String { "\(series) ← \(history):\(column ?? "\(low ?? "")…\(high ?? "")")" }

    static let keys = ["series", "history", "column", "low", "high", "observation", "sigma", "weight", "every", "multiply", "where", "note"]

    static func read(_ value: JSONValue, file: String, problems: inout [Diagnostic]) -> CalibrationTarget? {
        guard let entry = ObjectReader(value, file: file, context: "a calibration target", problems: &problems) else { return nil }
        entry.rejectUnknownKeys(keys, problems: &problems)
        let count = problems.count
        let series = entry.string("series", required: true, problems: &problems)
        let history = entry.string("history", required: true, problems: &problems)
        var target = CalibrationTarget(series: series ?? "", history: history ?? "", column: entry.string("column", problems: &problems),
                                       low: entry.string("low", problems: &problems), high: entry.string("high", problems: &problems),
                                       observation: .lognormal, sigma: nil, weight: 1, every: .observation,
                                       multiply: entry.string("multiply", problems: &problems), filter: [], location: entry.location)
        _ = entry.string("note", problems: &problems)
        if let text = entry.string("observation", required: true, problems: &problems) {
            if let observation = Observation(rawValue: text) {
                target.observation = observation
            } else {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownChoice(text, key: "observation", choices: Observation.allCases.map(\.rawValue)),
                                           at: entry.location(of: entry.value["observation"]!)))
            }
        }
        if let text = entry.string("every", problems: &problems) {
            if let every = Every(rawValue: text) {
                target.every = every
            } else {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownChoice(text, key: "every", choices: Every.allCases.map(\.rawValue)),
                                           at: entry.location(of: entry.value["every"]!)))
            }
        }
        if let sigma = entry.value["sigma"] {
            if sigma.string == "estimate" {
                if target.observation != .lognormal {
                    problems.append(Diagnostic(.error, AssumptionProblem.sigmaToEstimate(observation: target.observation.rawValue), at: entry.location(of: sigma)))
                }
            } else if let x = ObjectReader.finiteNumber(sigma, file: file, what: "'sigma' of a calibration target", problems: &problems) {
                if x > 0 {
                    target.sigma = x
                } else {
                    problems.append(Diagnostic(.error, AssumptionProblem.notPositive(key: "sigma", value: x), at: entry.location(of: sigma)))
                }
            }
        } else if target.observation != .lognormal {
            problems.append(Diagnostic(.error, AssumptionProblem.missingKey("sigma", context: "a \(target.observation.rawValue) target",
                                                                           expected: "a width in log10 units such as 0.3"), at: entry.location))
        } else {
            problems.append(Diagnostic(.error, AssumptionProblem.missingKey("sigma", context: "a lognormal target",
                                                                           expected: "a width in log10 units such as 0.2, or \"estimate\""), at: entry.location))
        }
        if let weight = entry.number("weight", problems: &problems) {
            if weight > 0 {
                target.weight = weight
            } else {
                problems.append(Diagnostic(.error, AssumptionProblem.notPositive(key: "weight", value: weight), at: entry.location(of: entry.value["weight"]!)))
            }
        }
        switch target.observation {
        case .range:
            if target.low == nil || target.high == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.rangeColumns, at: entry.location))
            }
        case .lognormal, .floor, .ceiling:
            if target.column == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.missingKey("column", context: "a calibration target", expected: "a column of the history file"),
                                           at: entry.location))
            }
        }
        if let filter = entry.object("where", context: "'where' of a calibration target", problems: &problems) {
            for member in filter.members {
                if let x = ObjectReader.finiteNumber(member.value, file: file, what: "'\(member.key)' in 'where'", problems: &problems) {
                    target.filter.append((member.key, x))
                }
            }
        }
        return problems.count == count ? target : nil
    }

    /// The history columns this target reads.
    var columnsRead: [String] {
        [column, low, high, multiply].compactMap { $0 } + filter.map(\.column)
    }
}

/// A parameter `forecast calibrate` moves, with its prior: base.json5's value, range and
/// distribution, or one stated here (with its source).
public struct FreeParameter: Sendable {
    public var name: String
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var distribution: Distribution?
    public var source: String?
    public var location: SourceLocation

    /// Whether the prior is stated here rather than taken from base.json5.
    public var statesPrior: Bool { low != nil || high != nil }

    static func read(_ value: JSONValue, file: String, problems: inout [Diagnostic]) -> FreeParameter? {
        let location = SourceLocation(file: file, position: value.position)
        if let name = value.string { return FreeParameter(name: name, location: location) }
        guard let entry = ObjectReader(value, file: file, context: "a free parameter", problems: &problems) else { return nil }
        entry.rejectUnknownKeys(["name", "value", "low", "high", "distribution", "source"], problems: &problems)
        let count = problems.count
        guard let name = entry.string("name", required: true, problems: &problems) else { return nil }
        var parameter = FreeParameter(name: name, value: entry.number("value", problems: &problems), low: entry.number("low", problems: &problems),
                                      high: entry.number("high", problems: &problems), source: entry.string("source", problems: &problems),
                                      location: location)
        if let text = entry.string("distribution", problems: &problems) {
            if let distribution = Distribution(rawValue: text), distribution != .fixed {
                parameter.distribution = distribution
            } else {
                problems.append(Diagnostic(.error, AssumptionProblem.unknownChoice(text, key: "distribution",
                                                                                   choices: Distribution.allCases.filter { $0 != .fixed }.map(\.rawValue)),
                                           at: entry.location(of: entry.value["distribution"]!)))
            }
        }
        if parameter.statesPrior {
            guard let low = parameter.low, let high = parameter.high else {
                problems.append(Diagnostic(.error, AssumptionProblem.priorNeedsBoth(name), at: entry.location))
                return nil
            }
            if low >= high {
                problems.append(Diagnostic(.error, AssumptionProblem.priorRange(name, low: low, high: high), at: entry.location))
            }
            if let v = parameter.value, v < low || v > high {
                problems.append(Diagnostic(.error, AssumptionProblem.priorValueOutside(name, value: v, low: low, high: high), at: entry.location))
            }
            if parameter.source == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.priorWithoutSource(name), at: entry.location))
            }
        } else if parameter.value != nil || parameter.distribution != nil {
            problems.append(Diagnostic(.error, AssumptionProblem.priorNeedsBoth(name), at: entry.location))
        }
        return problems.count == count ? parameter : nil
    }
}
