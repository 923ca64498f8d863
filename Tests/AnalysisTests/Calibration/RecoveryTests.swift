import Foundation
import Testing
@testable import Analysis

/// y(t) = a·exp(b·t) for t = 0 … 19 with a = 2, b = 0.15, observed with lognormal noise of
/// σ = 0.05 in log10 (seeded). The multi-start maximum-likelihood fit and its profile intervals
/// must contain the true values, and the intervals must be informative.
struct RecoveryTests {
    static let times = (0..<20).map(Double.init)
    static let truth = [2.0, 0.15]
    static let sigma = 0.05

    static func model(_ p: [Double]) -> [Double] { times.map { p[0] * exp(p[1] * $0) } }

    @Test func fitAndProfileContainTheTruth() throws {
        var random = Xoshiro256StarStar(seed: 2024)
        let observed = Self.model(Self.truth).map { $0 * pow(10, Self.sigma * random.nextNormal()) }
        let logLikelihood: @Sendable ([Double]) -> Double = { p in
            (try? Likelihood.logLikelihood(model: Self.model(p), observed: observed, observation: .lognormal(sigma: Self.sigma))) ?? -.infinity
        }
        let bounds = try Bounds(lower: [0.01, -1], upper: [100, 1], logScale: [true, false])
        let fit = try MultiStart.minimize(objective: { -logLikelihood($0) }, bounds: bounds, starts: 6, seed: 1)
        #expect(fit.best.converged)
        let profile = try ProfileLikelihood.intervals(logLikelihood: logLikelihood, maximum: fit.best.point, bounds: bounds)
        #expect(profile.bestValue - profile.maximum < 1e-6)
        for (i, interval) in profile.intervals.enumerated() {
            #expect(interval.lower < Self.truth[i] && Self.truth[i] < interval.upper,
                    "parameter \(i): [\(interval.lower), \(interval.upper)] misses \(Self.truth[i])")
            #expect(interval.lowerEnd == .crossing && interval.upperEnd == .crossing)
        }
        // Informative: a within ±25 %, b within ±0.02.
        #expect(profile.intervals[0].upper / profile.intervals[0].lower < 1.6)
        #expect(profile.intervals[1].upper - profile.intervals[1].lower < 0.04)
        // The Hessian-based correlation of log-growth intercept and rate is strongly negative.
        let covariance = try ParameterCovariance.estimate(logLikelihood: logLikelihood, maximum: fit.best.point, bounds: bounds)
        #expect(try #require(covariance.correlations)[0][1] < -0.5)
        print("recovery: fit \(fit.best.point) in \(fit.evaluations) evaluations; intervals",
              profile.intervals.map { [$0.lower, $0.upper] }, "in \(profile.evaluations) evaluations")
    }
}
