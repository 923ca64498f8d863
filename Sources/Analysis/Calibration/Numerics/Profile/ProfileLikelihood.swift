import Foundation

/// Confidence intervals by likelihood profile (Venzon & Moolgavkar 1988; Pawitan 2001 §2.4;
/// Vensim's "payoff drop" sensitivity). For parameter i the profile is
/// ℓₚ(θᵢ) = max over θ₋ᵢ of ℓ(θᵢ, θ₋ᵢ), and the interval is {θᵢ : ℓ(θ̂) − ℓₚ(θᵢ) ≤ drop};
/// with drop = χ²₁(1 − α)/2 it has asymptotic coverage 1 − α (1.92 for 95 %).
///
/// Each side is traced outward in the unit cube of the bounds: the first probe at `initialStep`
/// (or, given a covariance, at the predicted crossing √(2·drop·Σᵢᵢ)), then, while the deficit
/// D = ℓ(θ̂) − ℓₚ stays below `drop`, on to distance d·min(4, max(1.25, 1.1·√(drop/D))) (the
/// quadratic prediction of the crossing, slightly overshot). The first probe beyond the drop
/// brackets the crossing, which the Illinois variant of regula falsi (Dowell & Jarratt 1971)
/// refines to `crossingTolerance` (at most 60 steps). A side that reaches its bound first is open there.
/// `.reoptimize` warm-starts the others from the previous probes, linearly extrapolated
/// (outward) or interpolated (in the bracket). Non-finite log-likelihoods count as −∞.
/// The 2n sides run in parallel; each is sequential and deterministic.
public enum ProfileLikelihood {
    /// The intervals of `parameters` (default all, in order) around `maximum`, which must be
    /// inside the bounds with a finite log-likelihood.
    public static func intervals(logLikelihood: @escaping @Sendable ([Double]) -> Double, maximum: [Double],
                                 bounds: Bounds, parameters: [Int]? = nil,
                                 settings: ProfileSettings = ProfileSettings()) throws(CalibrationError) -> ProfileResult {
        try settings.validate(parameters: bounds.count)
        try bounds.check(maximum, what: "maximum")
        let chosen = parameters ?? Array(0..<bounds.count)
        for i in chosen where !(0..<bounds.count).contains(i) { throw .invalidSetting(name: "parameters", value: Double(i)) }
        let top = logLikelihood(maximum)
        guard top.isFinite else { throw .nonFiniteValue(what: "log-likelihood at the maximum", index: 0, value: top) }
        let sides = Parallel.map(2 * chosen.count) { k in
            var tracer = Tracer(f: logLikelihood, bounds: bounds, settings: settings, parameter: chosen[k / 2],
                                maximum: maximum, top: top)
            return tracer.trace(direction: k % 2 == 0 ? -1 : 1)
        }
        var best = (value: top, point: maximum)
        for side in sides where side.best.value > best.value { best = side.best }
        let intervals = chosen.enumerated().map { k, i in
            ProfileInterval(parameter: i, estimate: maximum[i], lower: sides[2 * k].end, upper: sides[2 * k + 1].end,
                            lowerEnd: sides[2 * k].kind, upperEnd: sides[2 * k + 1].kind,
                            evaluations: sides[2 * k].evaluations + sides[2 * k + 1].evaluations)
        }
        return ProfileResult(maximum: top, intervals: intervals, bestValue: best.value, bestPoint: best.point,
                             evaluations: 1 + sides.reduce(0) { $0 + $1.evaluations })
    }

    private struct Side: Sendable {
        let end: Double
        let kind: ProfileInterval.End
        let evaluations: Int
        let best: (value: Double, point: [Double])
    }

    /// A probe: the unit coordinate of the profiled parameter, the deficit there and the full
    /// point at which the profile was attained (all coordinates in the unit cube).
    private struct Probe {
        let u: Double
        let deficit: Double
        let point: [Double]
    }

    private struct Tracer {
        let f: @Sendable ([Double]) -> Double
        let bounds: Bounds
        let settings: ProfileSettings
        let parameter: Int
        let maximum: [Double]
        let top: Double
        var evaluations = 0
        var best: (value: Double, point: [Double])

        init(f: @escaping @Sendable ([Double]) -> Double, bounds: Bounds, settings: ProfileSettings, parameter: Int,
             maximum: [Double], top: Double) {
            (self.f, self.bounds, self.settings, self.parameter) = (f, bounds, settings, parameter)
            (self.maximum, self.top, best) = (maximum, top, (top, maximum))
        }

        mutating func trace(direction s: Double) -> Side {
            let i = parameter
            let u0 = bounds.toUnit(maximum[i], at: i)
            var inside = Probe(u: u0, deficit: 0, point: bounds.toUnit(maximum))
            var previous: Probe?
            var distance = settings.initialStep
            var guess: [Double]?
            if let covariance = settings.covariance {
                let x = maximum[i] + 1.02 * s * (2 * settings.drop * covariance[i][i]).squareRoot()
                let predicted = abs(bounds.toUnit(x, at: i) - u0)
                if predicted > 0 { distance = predicted }
                guess = bounds.toUnit(ridge(at: bounds.fromUnit(u0 + s * distance, at: i)))
            }
            for _ in 0..<settings.maxProbes {
                if s < 0 ? inside.u <= 0 : inside.u >= 1 { return side(inside.u, .reachedBound) }
                let u = min(1, max(0, u0 + s * distance))
                let probe = profile(at: u, guess: guess ?? Self.line(previous ?? inside, inside, at: u))
                guess = nil
                if probe.deficit >= settings.drop {
                    let end = crossing(inside, probe)
                    return side(end, .crossing)
                }
                (previous, inside) = (inside, probe)
                let d = abs(u - u0)
                distance = probe.deficit > 0 ? min(4 * d, max(1.25 * d, 1.1 * d * (settings.drop / probe.deficit).squareRoot())) : 2 * d
            }
            let atBound = s < 0 ? inside.u <= 0 : inside.u >= 1
            return side(inside.u, atBound ? .reachedBound : .probeLimit)
        }

        private func side(_ u: Double, _ kind: ProfileInterval.End) -> Side {
            Side(end: bounds.fromUnit(u, at: parameter), kind: kind, evaluations: evaluations, best: best)
        }

        /// Illinois iteration on g(u) = deficit(u) − drop between a (g < 0) and b (g ≥ 0).
        private mutating func crossing(_ inside: Probe, _ outside: Probe) -> Double {
            var (a, b) = (inside, outside)
            var (ga, gb) = (a.deficit - settings.drop, b.deficit - settings.drop)
            var retained = 0
            for _ in 0..<60 where abs(b.u - a.u) > 1e-10 {
                var u = (ga.isFinite && gb.isFinite) ? (a.u * gb - b.u * ga) / (gb - ga) : 0.5 * (a.u + b.u)
                if !(u > min(a.u, b.u) && u < max(a.u, b.u)) { u = 0.5 * (a.u + b.u) }
                let probe = profile(at: u, guess: Self.line(a, b, at: u))
                let g = probe.deficit - settings.drop
                if abs(g) <= settings.crossingTolerance { return u }
                if g < 0 {
                    if retained < 0 { gb *= 0.5 }
                    (a, ga, retained) = (probe, g, -1)
                } else {
                    if retained > 0 { ga *= 0.5 }
                    (b, gb, retained) = (probe, g, 1)
                }
            }
            return 0.5 * (a.u + b.u)
        }

        /// The profile at unit coordinate u of the parameter: the others re-optimised from
        /// `guess` (unit cube), placed on the ridge, or held at the maximum, by method.
        private mutating func profile(at u: Double, guess: [Double]) -> Probe {
            let i = parameter
            let xi = bounds.fromUnit(u, at: i)
            var point: [Double]
            var value: Double
            if settings.method == .reoptimize && bounds.count > 1 {
                let f = self.f
                var start = bounds.fromUnit(guess)
                start.remove(at: i)
                let inner = NelderMead.run({ others in
                    var full = others
                    full.insert(xi, at: i)
                    return -f(full)
                }, start: start, bounds: bounds.removing(i), settings: settings.minimizer)
                evaluations += inner.evaluations
                value = -inner.value
                point = inner.point
                point.insert(xi, at: i)
            } else {
                point = settings.method == .ridge ? ridge(at: xi) : maximum
                point[i] = xi
                evaluations += 1
                value = f(point)
            }
            if !value.isFinite { value = -.infinity }
            if value > best.value { best = (value, point) }
            return Probe(u: u, deficit: top - value, point: bounds.toUnit(point))
        }

        /// The ridge point θ̂ + Σ·ᵢ/Σᵢᵢ·(xᵢ − θ̂ᵢ) at the parameter value xᵢ (the regression of the
        /// others on parameter i under the covariance, in parameter units), clamped to the
        /// bounds; the maximum itself without a covariance.
        private func ridge(at xi: Double) -> [Double] {
            let i = parameter
            guard let covariance = settings.covariance else { return maximum }
            return maximum.indices.map { j in
                let x = j == i ? xi : maximum[j] + covariance[j][i] / covariance[i][i] * (xi - maximum[i])
                return min(bounds.upper[j], max(bounds.lower[j], x))
            }
        }

        /// The unit-cube point on the line through p and q whose parameter coordinate is u
        /// (p itself when they coincide there), clamped to the cube.
        private static func line(_ p: Probe, _ q: Probe, at u: Double) -> [Double] {
            let t = q.u == p.u ? 0 : (u - p.u) / (q.u - p.u)
            return p.point.indices.map { min(1, max(0, p.point[$0] + t * (q.point[$0] - p.point[$0]))) }
        }
    }
}
