import Dynamics
import Foundation
import Testing
@testable import Analysis
@testable import Scenarios

/// Sample moments of 400,000 inverse-CDF draws against the exact moments of each distribution.
/// Means must fall within 4 standard errors (σ/√n); variances within 1.5%.
@Suite struct ParameterDistributionTests {
    static let draws = 400_000

    static func moments(_ distribution: ParameterDistribution, seed: UInt64) -> (mean: Double, variance: Double, min: Double, max: Double) {
        var generator = Xoshiro256StarStar(seed: seed, stream: 0)
        var sum = 0.0, sumSquares = 0.0, low = Double.infinity, high = -Double.infinity
        for _ in 0..<draws {
            let x = distribution.quantile(generator.nextUnit())
            sum += x
            sumSquares += x * x
            low = min(low, x)
            high = max(high, x)
        }
        let mean = sum / Double(draws)
        return (mean, (sumSquares - Double(draws) * mean * mean) / Double(draws - 1), low, high)
    }

    static func check(_ distribution: ParameterDistribution, mean: Double, variance: Double, seed: UInt64) {
        let sample = moments(distribution, seed: seed)
        #expect(abs(sample.mean - mean) <= 4 * (variance / Double(draws)).squareRoot(), "mean \(sample.mean) vs \(mean)")
        #expect(abs(sample.variance - variance) <= 0.015 * variance, "variance \(sample.variance) vs \(variance)")
        #expect(sample.min >= distribution.low && sample.max <= distribution.high)
    }

    @Test func uniform() {
        // Mean (a + b)/2, variance (b − a)²/12.
        Self.check(ParameterDistribution(shape: .uniform, value: 3, low: 2, high: 5), mean: 3.5, variance: 0.75, seed: 1)
    }

    @Test func triangular() {
        // Mean (a + b + c)/3, variance (a² + b² + c² − ab − ac − bc)/18.
        Self.check(ParameterDistribution(shape: .triangular, value: 2, low: 1, high: 4), mean: 7.0 / 3, variance: 7.0 / 18, seed: 2)
        // The mode at an end.
        Self.check(ParameterDistribution(shape: .triangular, value: 1, low: 1, high: 4), mean: 2, variance: 0.5, seed: 3)
    }

    @Test func truncatedNormal() {
        // With α = (a − μ)/σ, β = (b − μ)/σ, Z = Φ(β) − Φ(α):
        // mean μ + σ(φ(α) − φ(β))/Z; variance σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²].
        let (mu, low, high) = (10.0, 8.0, 14.0)
        let sigma = (high - low) / (2 * 1.6448536269514722)
        let (alpha, beta) = ((low - mu) / sigma, (high - mu) / sigma)
        let z = StandardNormal.cdf(beta) - StandardNormal.cdf(alpha)
        let (pa, pb) = (StandardNormal.density(alpha), StandardNormal.density(beta))
        let mean = mu + sigma * (pa - pb) / z
        let variance = sigma * sigma * (1 + (alpha * pa - beta * pb) / z - pow((pa - pb) / z, 2))
        let distribution = ParameterDistribution(shape: .normal, value: mu, low: low, high: high)
        #expect(abs(distribution.sigma - sigma) <= 1e-15 * sigma)
        Self.check(distribution, mean: mean, variance: variance, seed: 4)
    }

    @Test func truncatedLognormal() {
        // ln x ~ N(m, s) truncated to [ln a, ln b]: E[xᵏ] = exp(k·m + k²s²/2)(Φ(β − k·s) − Φ(α − k·s))/Z.
        let (median, low, high) = (1.0, 0.25, 8.0)
        let (m, s) = (log(median), (log(high) - log(low)) / (2 * 1.6448536269514722))
        let (alpha, beta) = ((log(low) - m) / s, (log(high) - m) / s)
        let z = StandardNormal.cdf(beta) - StandardNormal.cdf(alpha)
        func moment(_ k: Double) -> Double {
            exp(k * m + k * k * s * s / 2) * (StandardNormal.cdf(beta - k * s) - StandardNormal.cdf(alpha - k * s)) / z
        }
        let mean = moment(1)
        Self.check(ParameterDistribution(shape: .lognormal, value: median, low: low, high: high),
                   mean: mean, variance: moment(2) - mean * mean, seed: 5)
    }

    @Test func quantileEndsAreTheRange() {
        for shape in [ParameterDistribution.Shape.uniform, .triangular, .normal, .lognormal] {
            let distribution = ParameterDistribution(shape: shape, value: 2, low: 1, high: 5)
            #expect(distribution.quantile(0) == 1, "\(shape)")
            #expect(abs(distribution.quantile(1) - 5) <= 1e-12, "\(shape)")
            let median = distribution.quantile(0.5)
            #expect(median > 1 && median < 5, "\(shape)")
        }
    }

    @Test func readsResolvedParameters() {
        func parameter(_ value: Double, _ low: Double?, _ high: Double?, _ distribution: Distribution?) -> ResolvedParameter {
            ResolvedParameter(name: "p", value: value, low: low, high: high, distribution: distribution, unit: nil, source: "s", note: nil, setBy: nil)
        }
        #expect(ParameterDistribution(parameter(2, nil, nil, nil)).shape == .fixed)
        #expect(ParameterDistribution(parameter(2, 1, 3, nil)).shape == .triangular)
        #expect(ParameterDistribution(parameter(2, 1, 3, .normal)).shape == .normal)
        #expect(ParameterDistribution(parameter(2, 2, 2, .uniform)).shape == .fixed)
        // A scenario that moved the value out of the range keeps it.
        #expect(ParameterDistribution(parameter(9, 1, 3, .uniform)).shape == .fixed)
        #expect(ParameterDistribution(parameter(9, 1, 3, .uniform)).quantile(0.3) == 9)
    }
}
