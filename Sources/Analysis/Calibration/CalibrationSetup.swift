import Foundation
import Dynamics
import Scenarios

/// A calibration made concrete: the fitted scenario compiled once, the free parameters with
/// their priors and bounds, and each target's observations before the cut-off. Its log
/// posterior is what `forecast calibrate` maximises and samples.
public struct CalibrationSetup: Sendable {
    /// A parameter the fit moves.
    public struct Free: Sendable {
        /// The model parameter (`p` or `p[e]`).
        public var name: String
        public var prior: ParameterDistribution
        public var source: String?
        /// nil: the fitted value applies to every scenario; else to the fitted scenario only,
        /// which sets the parameter itself.
        public var scenario: String?
        /// Searched and sampled in log space (lognormal priors).
        public var logScale: Bool
    }

    /// One target's observations.
    public struct Target: Sendable {
        public var spec: CalibrationTarget
        public var times: [Double]
        /// The observed value (for a range, the geometric middle of its bounds).
        public var observed: [Double]
        /// For a range: each observation's bounds.
        public var bounds: [(low: Double, high: Double)]
        /// The history line of each observation.
        public var lines: [Int]
    }

    public let spec: CalibrationSpec
    public let compiled: CompiledScenario
    public let settings: RunSettings
    public let free: [Free]
    public let targets: [Target]
    /// Targets observed after the cut-off (up to the end of the run): what an out-of-sample
    /// score compares with.
    public let laterTargets: [Target]
    public let bounds: Bounds
    private let columns: [Int]

    /// Builds the calibration of `spec` (default: the folder's calibration.json5) with data up
    /// to `until` (default: the spec's cut-off). Fitted values already in calibrated.json5 are
    /// ignored: a fit starts from the priors.
    public init(_ assumptions: Assumptions, spec given: CalibrationSpec? = nil, until: String? = nil) throws(DiagnosticList) {
        guard var spec = given ?? assumptions.calibration else {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.noCalibration(root: assumptions.files.root))])
        }
        if let until {
            guard let cutoff = CalibrationSpec.cutoff(until) else {
                throw DiagnosticList([Diagnostic(.error, AnalysisProblem.badOrigin(until))])
            }
            spec.until = until
            spec.cutoff = cutoff
        }
        self.spec = spec
        let scenario = try Scenario.resolve(spec.scenario, in: assumptions.withoutCalibrated)
        compiled = try CompiledScenario(scenario)
        // The run covers its last quarter to the end, so observations dated inside it count.
        var settings = scenario.settings
        settings.stop += settings.saveEvery
        settings.saveEvery = settings.dt
        self.settings = settings

        var problems: [Diagnostic] = []
        var free: [Free] = []
        let index = Dictionary(scenario.parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        for parameter in spec.parameters {
            for name in scenario.structure.parameterNames(for: parameter.name, among: index) ?? [] {
                let resolved = scenario.parameters[index[name]!]
                let setByScenario = resolved.setBy != nil
                var prior: ParameterDistribution
                if parameter.statesPrior, let low = parameter.low, let high = parameter.high {
                    let shape: ParameterDistribution.Shape = switch parameter.distribution {
                    case .uniform: .uniform
                    case .normal: .normal
                    case .lognormal: low > 0 ? .lognormal : .triangular
                    case .triangular, .fixed, nil: .triangular
                    }
                    prior = ParameterDistribution(shape: shape, value: parameter.value ?? (shape == .lognormal ? (low * high).squareRoot() : (low + high) / 2),
                                                  low: low, high: high)
                } else {
                    prior = ParameterDistribution(resolved)
                }
                if prior.isFixed {
                    problems.append(Diagnostic(.error, AssumptionProblem.freeParameterWithoutPrior(name), at: parameter.location))
                    continue
                }
                free.append(Free(name: name, prior: prior, source: parameter.statesPrior ? parameter.source : resolved.source,
                                 scenario: setByScenario ? spec.scenario : nil, logScale: prior.shape == .lognormal))
            }
        }
        self.free = free
        var targets: [Target] = [], later: [Target] = []
        for target in spec.targets {
            guard let table = assumptions.history[target.history] else { continue }
            let (before, after) = Self.observations(target, in: table, from: settings.start, to: settings.stop, cutoff: spec.cutoff)
            // A target with no data before an origin refit's cut-off only scores the forecast;
            // the calibration itself must have data for every target.
            if before.times.isEmpty, until == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.targetWithoutData(target.label, until: spec.until), at: target.location))
            }
            targets.append(before)
            later.append(after)
        }
        self.targets = targets
        laterTargets = later
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        do {
            bounds = try Bounds(lower: free.map(\.prior.low), upper: free.map(\.prior.high), logScale: free.map(\.logScale))
        } catch {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.calibrationFailed(error.description))])
        }
        let columns = compiled.model.columns.map(\.name)
        self.columns = spec.targets.map { target in columns.firstIndex(of: ArrayElement.canonical(target.series)) ?? -1 }
        if let missing = spec.targets.indices.first(where: { self.columns[$0] < 0 }) {
            throw DiagnosticList([Diagnostic(.error, AssumptionProblem.calibrationSeries(spec.targets[missing].series, hint: nil),
                                             at: spec.targets[missing].location)])
        }
    }

    /// The rows of `table` that `target` uses, split at the cut-off: those dated before it and
    /// inside the run, and those after it, up to the end of the run.
    static func observations(_ target: CalibrationTarget, in table: HistoryTable, from start: Double, to stop: Double,
                             cutoff: Double) -> (before: Target, after: Target) {
        var before = Target(spec: target, times: [], observed: [], bounds: [], lines: [])
        var after = before
        var rows: [Int] = []
        for row in table.times.indices where table.times[row] >= start && table.times[row] < stop {
            guard target.filter.allSatisfy({ table.value($0.column, row: row) == $0.value }) else { continue }
            rows.append(row)
        }
        var picked: [(row: Int, value: Double, bounds: (Double, Double))] = []
        for row in rows {
            let factor = target.multiply.map { table.value($0, row: row) } ?? 1
            guard let factor, factor > 0 else { continue }
            if target.observation == .range {
                guard let low = target.low.flatMap({ table.value($0, row: row) }), let high = target.high.flatMap({ table.value($0, row: row) }),
                      low > 0, high >= low else { continue }
                picked.append((row, (low * high).squareRoot() * factor, (low * factor, high * factor)))
            } else {
                guard let value = target.column.flatMap({ table.value($0, row: row) }), value > 0 else { continue }
                picked.append((row, value * factor, (value * factor, value * factor)))
            }
        }
        if target.every == .year {
            // The last observation of each calendar year, on each side of the cut-off.
            var last: [String: Int] = [:]
            for (k, pick) in picked.enumerated() {
                let time = table.times[pick.row]
                last["\(Int(time.rounded(.down)))-\(time < cutoff)"] = k
            }
            picked = last.values.sorted().map { picked[$0] }
        }
        for pick in picked {
            let time = table.times[pick.row]
            if time < cutoff {
                before.times.append(time); before.observed.append(pick.value); before.bounds.append(pick.bounds)
                before.lines.append(table.lines[pick.row])
            } else {
                after.times.append(time); after.observed.append(pick.value); after.bounds.append(pick.bounds)
                after.lines.append(table.lines[pick.row])
            }
        }
        return (before, after)
    }

    // MARK: - Evaluating

    /// The model's parameter values with the free parameters at `x`.
    public func parameterValues(_ x: [Double]) -> [Double] {
        compiled.parameterValues(zip(free, x).map { Override(name: $0.name, value: $1, origin: "calibrate") })
    }

    /// One run of the fitted scenario with the free parameters at `x`; nil if it stops.
    public func run(_ x: [Double]) -> RunResult? {
        try? compiled.model.run(settings, parameters: parameterValues(x))
    }

    /// The model's values at each observation of `targets[k]` (or of `laterTargets[k]`).
    public func modelValues(_ result: RunResult, target k: Int, later: Bool = false) -> [Double] {
        let target = later ? laterTargets[k] : targets[k]
        let series = result.series(at: columns[k])
        return target.times.map { Self.interpolate(series, times: result.times, at: $0) }
    }

    /// The log prior density of `x`: the sum over free parameters.
    public func logPrior(_ x: [Double]) -> Double {
        zip(free, x).reduce(0) { $0 + $1.0.prior.logDensity($1.1) }
    }

    /// The log-likelihood of each target given a run.
    public func logLikelihoods(_ result: RunResult) -> [Double] {
        targets.indices.map { k in
            let target = targets[k]
            guard !target.times.isEmpty else { return 0 }
            let model = modelValues(result, target: k)
            let weight = target.spec.weight
            switch target.spec.observation {
            case .lognormal:
                if let sigma = target.spec.sigma {
                    let observation = LognormalObservation(sigma: sigma)
                    return weight * zip(model, target.observed).reduce(0) { $0 + observation.logLikelihood(model: $1.0, observed: $1.1) }
                }
                let residuals = zip(model, target.observed).map { m, y in m > 0 && m.isFinite ? log10(m) - log10(y) : Double.nan }
                return weight * LognormalObservation.profiledLogLikelihood(residuals: residuals)
            case .floor:
                let observation = FloorObservation(sigma: target.spec.sigma ?? 0.3)
                return weight * zip(model, target.observed).reduce(0) { $0 + observation.logLikelihood(model: $1.0, observed: $1.1) }
            case .ceiling:
                let observation = CeilingObservation(sigma: target.spec.sigma ?? 0.3)
                return weight * zip(model, target.observed).reduce(0) { $0 + observation.logLikelihood(model: $1.0, observed: $1.1) }
            case .range:
                return weight * zip(model, target.bounds).reduce(0) { sum, pair in
                    sum + RangeObservation(low: pair.1.low, high: pair.1.high, sigma: target.spec.sigma ?? 0.3).logLikelihood(model: pair.0)
                }
            }
        }
    }

    /// log prior + log-likelihood of the free parameters at `x`; −∞ where the run stops or
    /// `x` is outside the priors.
    public func logPosterior(_ x: [Double]) -> Double {
        let prior = logPrior(x)
        guard prior.isFinite, let result = run(x) else { return -.infinity }
        let total = prior + logLikelihoods(result).reduce(0, +)
        return total.isFinite ? total : -.infinity
    }

    /// Linear interpolation in saved times; the last value past the end.
    static func interpolate(_ values: ArraySlice<Double>, times: [Double], at time: Double) -> Double {
        let base = values.startIndex
        guard let upper = times.firstIndex(where: { $0 >= time }) else { return values.last ?? .nan }
        if upper == 0 || times[upper] == time { return values[base + upper] }
        let fraction = (time - times[upper - 1]) / (times[upper] - times[upper - 1])
        return values[base + upper - 1] + fraction * (values[base + upper] - values[base + upper - 1])
    }
}
