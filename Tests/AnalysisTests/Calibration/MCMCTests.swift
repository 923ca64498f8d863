import Foundation
import Testing
@testable import Analysis

struct MCMCTests {
    static let mean = [1.0, -2.0], sd = [1.0, 2.0], rho = 0.8

    static func logDensity(_ x: [Double]) -> Double {
        let z0 = (x[0] - mean[0]) / sd[0], z1 = (x[1] - mean[1]) / sd[1]
        return -0.5 * (z0 * z0 - 2 * rho * z0 * z1 + z1 * z1) / (1 - rho * rho)
    }

    static let bounds = try! Bounds(lower: [-9, -22], upper: [11, 18])

    @Test func recoversCorrelatedGaussian() throws {
        let result = try DifferentialEvolutionMCMC.sample(logDensity: Self.logDensity, bounds: Self.bounds,
                                                          settings: MCMCSettings(warmup: 1000, draws: 4000, seed: 11))
        #expect(result.draws.count == 8 && result.draws.allSatisfy { $0.count == 4000 })
        let summary = try result.summary()
        for i in 0..<2 {
            let s = summary[i]
            #expect(s.rankNormalizedRHat < 1.01 && s.splitRHat < 1.01)
            #expect(s.effectiveSampleSize > 1500, "ESS \(s.effectiveSampleSize)")
            let error = Self.sd[i] / s.effectiveSampleSize.squareRoot()
            #expect(abs(s.mean - Self.mean[i]) < 4 * error, "mean \(s.mean)")
            #expect(abs(s.standardDeviation / Self.sd[i] - 1) < 4 / (2 * s.effectiveSampleSize).squareRoot(), "sd \(s.standardDeviation)")
            // The 2.5th and 97.5th percentiles of a Gaussian are μ ∓ 1.96σ.
            #expect(abs(s.values[0] - (Self.mean[i] - 1.96 * Self.sd[i])) < 0.15)
            #expect(abs(s.values[2] - (Self.mean[i] + 1.96 * Self.sd[i])) < 0.15)
        }
        let all = result.draws.flatMap { $0 }
        let (m0, m1) = (ChainCheck.mean(all.map { $0[0] }), ChainCheck.mean(all.map { $0[1] }))
        let cov = all.reduce(0) { $0 + ($1[0] - m0) * ($1[1] - m1) } / Double(all.count - 1)
        let r = cov / (summary[0].standardDeviation * summary[1].standardDeviation)
        let ess = min(summary[0].effectiveSampleSize, summary[1].effectiveSampleSize)
        #expect(abs(r - Self.rho) < 4 * (1 - Self.rho * Self.rho) / ess.squareRoot(), "correlation \(r)")
        for rate in result.acceptanceRate { #expect(rate > 0.1 && rate < 0.6, "acceptance \(rate)") }
        // The stored log-densities are those of the stored draws.
        #expect(result.logDensity[3][17] == Self.logDensity(result.draws[3][17]))
        print("DE-MC 2-D: ESS \(summary.map(\.effectiveSampleSize)), acceptance \(result.acceptanceRate)")
    }

    @Test func bitIdenticalForASeed() throws {
        let settings = MCMCSettings(chains: 6, warmup: 100, draws: 300, thin: 3, seed: 5)
        let first = try DifferentialEvolutionMCMC.sample(logDensity: Self.logDensity, bounds: Self.bounds, settings: settings)
        let second = try DifferentialEvolutionMCMC.sample(logDensity: Self.logDensity, bounds: Self.bounds, settings: settings)
        #expect(first == second)
        #expect(first.draws[0].count == 100)
        var other = settings
        other.seed = 6
        #expect(try DifferentialEvolutionMCMC.sample(logDensity: Self.logDensity, bounds: Self.bounds, settings: other) != first)
    }

    /// Log-scale parameter: a log-uniform density on [0.01, 100], i.e. π(x) ∝ 1/x, is sampled
    /// in log space with the Jacobian, so log10 x is uniform on [−2, 2] (mean 0, sd 4/√12).
    @Test func logScaleSamplingHonoursTheGivenDensity() throws {
        let bounds = try Bounds(lower: [0.01, 0], upper: [100, 1], logScale: [true, false])
        let result = try DifferentialEvolutionMCMC.sample(logDensity: { -log($0[0]) }, bounds: bounds,
                                                          settings: MCMCSettings(warmup: 200, draws: 2000, seed: 2))
        let logs = result.chains(parameter: 0).map { $0.map { log10($0) } }
        let summary = try PosteriorSummary.of(logs)
        #expect(abs(summary.mean) < 4 * (4 / 12.0.squareRoot()) / summary.effectiveSampleSize.squareRoot())
        #expect(abs(summary.standardDeviation - 4 / 12.0.squareRoot()) < 0.05)
        #expect(result.draws.allSatisfy { $0.allSatisfy { bounds.contains($0) } })
    }

    @Test func invalidSettingsAreErrors() throws {
        #expect(throws: CalibrationError.invalidSetting(name: "chains", value: 2)) {
            _ = try DifferentialEvolutionMCMC.sample(logDensity: Self.logDensity, bounds: Self.bounds,
                                                     settings: MCMCSettings(chains: 2))
        }
    }
}
