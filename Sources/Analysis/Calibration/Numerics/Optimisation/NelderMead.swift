/// The calibration's derivative-free minimiser.
public typealias Minimizer = NelderMead

/// Bounded Nelder–Mead simplex minimisation (Nelder & Mead 1965, in the ordering and
/// tie-breaking of Lagarias, Reeds, Wright & Wright 1998, SIAM J. Optim. 9(1)) with the
/// dimension-adaptive coefficients of Gao & Han 2012 (Comput. Optim. Appl. 51(1)):
/// reflection α = 1, expansion β = 1 + 2/n, contraction γ = 3/4 − 1/(2n), shrink δ = 1 − 1/n
/// (n = max(dimension, 2)), which keep the simplex from degenerating in 10–30 dimensions.
///
/// The search runs in the unit cube of `Bounds` (log space for log-scale parameters). Each trial
/// point is clamped to the cube (projected onto the box), so minima on a bound are reached
/// exactly; the simplex may then flatten against that face, which the restarts repair: when a
/// cycle converges, a fresh simplex of edge `initialStep` is built at the best point, and the run
/// ends when such a restart no longer improves the value (Kelley 1999's remedy for stagnation).
/// A non-finite objective value counts as +∞, i.e. worse than anything finite.
/// Deterministic: no random numbers, ties in ordering broken by vertex index.
public enum NelderMead {
    /// Minimises `objective` (called with points inside `bounds`) from `start` (inside `bounds`).
    public static func minimize(objective: @escaping @Sendable ([Double]) -> Double, start: [Double], bounds: Bounds,
                                settings: MinimizerSettings = MinimizerSettings()) throws(CalibrationError) -> MinimizationResult {
        try settings.validate()
        try bounds.check(start, what: "start")
        return run(objective, start: start, bounds: bounds, settings: settings)
    }

    /// `minimize` without the checks, for callers that have made them.
    static func run(_ objective: @escaping ([Double]) -> Double, start: [Double], bounds: Bounds,
                    settings: MinimizerSettings) -> MinimizationResult {
        var search = Search(objective: objective, bounds: bounds, settings: settings)
        var best = bounds.toUnit(start)
        var bestValue = search.value(best)
        var restarts = 0, converged = false
        while true {
            let (point, value, finished) = search.cycle(from: best, value: bestValue)
            let improved = value < bestValue - settings.fTolerance * (1 + abs(value))
            if value < bestValue { (best, bestValue) = (point, value) }
            guard finished else { break }
            if restarts == settings.maxRestarts || (restarts > 0 && !improved) {
                converged = settings.maxRestarts == 0 || !improved
                break
            }
            restarts += 1
        }
        return MinimizationResult(point: bounds.fromUnit(best), value: bestValue, evaluations: search.evaluations,
                                  iterations: search.iterations, restarts: restarts, converged: converged)
    }

    /// One minimisation's state: the objective in unit-cube coordinates and the counters.
    private struct Search {
        let objective: ([Double]) -> Double
        let bounds: Bounds
        let settings: MinimizerSettings
        var evaluations = 0, iterations = 0

        init(objective: @escaping ([Double]) -> Double, bounds: Bounds, settings: MinimizerSettings) {
            (self.objective, self.bounds, self.settings) = (objective, bounds, settings)
        }

        /// The objective at unit-cube point u; NaN and ±∞ become +∞.
        mutating func value(_ u: [Double]) -> Double {
            evaluations += 1
            let v = objective(bounds.fromUnit(u))
            return v.isFinite ? v : .infinity
        }

        /// One Nelder–Mead cycle from a fresh simplex at `start`. Returns the best vertex and
        /// whether the tolerances were met (false: the evaluation budget ran out first).
        mutating func cycle(from start: [Double], value startValue: Double) -> ([Double], Double, Bool) {
            let n = start.count, m = Double(max(n, 2))
            let (beta, gamma, delta) = (1 + 2 / m, 0.75 - 0.5 / m, 1 - 1 / m)
            var simplex = [start], values = [startValue]
            for i in 0..<n {
                var vertex = start
                let step = start[i] + settings.initialStep <= 1 ? settings.initialStep : -settings.initialStep
                vertex[i] = min(1, max(0, start[i] + step))
                simplex.append(vertex)
                values.append(value(vertex))
            }
            while true {
                // Order by value, ties by current position (a stable sort), as Lagarias et al.
                let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
                simplex = order.map { simplex[$0] }
                values = order.map { values[$0] }
                var diameter = 0.0
                for vertex in simplex.dropFirst() {
                    for j in 0..<n { diameter = max(diameter, abs(vertex[j] - simplex[0][j])) }
                }
                let spread = values[n] - values[0]
                if diameter <= settings.xTolerance && !(spread > settings.fTolerance * (1 + abs(values[0]))) {
                    return (simplex[0], values[0], true)
                }
                if evaluations >= settings.maxEvaluations { return (simplex[0], values[0], false) }
                iterations += 1
                var centroid = [Double](repeating: 0, count: n)
                for vertex in simplex.prefix(n) { for j in 0..<n { centroid[j] += vertex[j] / Double(n) } }
                let worst = simplex[n]
                let reflected = Self.along(centroid, worst, -1)
                let fr = value(reflected)
                if fr < values[0] {
                    let expanded = Self.along(centroid, reflected, beta)
                    let fe = value(expanded)
                    (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr)
                    continue
                }
                if fr < values[n - 1] {
                    (simplex[n], values[n]) = (reflected, fr)
                    continue
                }
                let outside = fr < values[n]
                let contracted = Self.along(centroid, outside ? reflected : worst, gamma)
                let fc = value(contracted)
                if outside ? fc <= fr : fc < values[n] {
                    (simplex[n], values[n]) = (contracted, fc)
                    continue
                }
                for i in 1...n {
                    simplex[i] = Self.along(simplex[0], simplex[i], delta)
                    values[i] = value(simplex[i])
                }
            }
        }

        /// origin + t·(target − origin), clamped to the unit cube.
        private static func along(_ origin: [Double], _ target: [Double], _ t: Double) -> [Double] {
            origin.indices.map { min(1, max(0, origin[$0] + t * (target[$0] - origin[$0]))) }
        }
    }
}
