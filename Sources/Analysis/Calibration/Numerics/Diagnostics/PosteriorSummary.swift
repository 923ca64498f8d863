/// A summary of the draws of one parameter, [chain][draw].
///
/// Percentiles by linear interpolation between order statistics of all draws pooled
/// (Hyndman & Fan 1996 type 7, as numpy, R and the forecaster's `Percentile`): with the n
/// sorted draws x₀ ≤ … ≤ xₙ₋₁, percentile p is xₖ + (h − k)(xₖ₊₁ − xₖ), h = (n − 1)p/100, k = ⌊h⌋.
public struct PosteriorSummary: Sendable, Equatable {
    public let mean: Double
    /// The sample standard deviation of all draws pooled (n − 1 denominator).
    public let standardDeviation: Double
    /// The requested percentiles (0–100) and their values, in the order asked.
    public let percentiles: [Double]
    public let values: [Double]
    /// Split-R̂ (BDA3) and the rank-normalised split-R̂ (Vehtari et al. 2021).
    public let splitRHat: Double
    public let rankNormalizedRHat: Double
    /// Split-chain effective sample size.
    public let effectiveSampleSize: Double

    public static func of(_ chains: [[Double]], percentiles: [Double] = [2.5, 50, 97.5]) throws(CalibrationError) -> PosteriorSummary {
        for (k, p) in percentiles.enumerated() where !(p >= 0 && p <= 100) {
            throw .invalidSetting(name: "percentiles[\(k)]", value: p)
        }
        let ess = try EffectiveSampleSize.of(chains)
        let all = chains.flatMap { $0 }
        let sorted = all.sorted()
        return PosteriorSummary(mean: ChainCheck.mean(all), standardDeviation: ChainCheck.variance(all).squareRoot(),
                                percentiles: percentiles, values: percentiles.map { Percentile.of(sorted: sorted, $0) },
                                splitRHat: try RHat.split(chains), rankNormalizedRHat: try RHat.rankNormalized(chains),
                                effectiveSampleSize: ess)
    }
}
