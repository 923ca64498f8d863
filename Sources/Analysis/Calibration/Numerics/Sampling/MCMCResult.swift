/// The kept draws of a `DifferentialEvolutionMCMC` run.
public struct MCMCResult: Sendable, Equatable {
    /// draws[chain][draw][parameter], in parameter units.
    public let draws: [[[Double]]]
    /// The log-density (as given, without any Jacobian) of each draw: [chain][draw].
    public let logDensity: [[Double]]
    /// Accepted proposals over post-warm-up generations, per chain.
    public let acceptanceRate: [Double]
    /// Log-density evaluations, warm-up included.
    public let evaluations: Int

    /// The draws of one parameter, [chain][draw], as the diagnostics take them.
    public func chains(parameter: Int) -> [[Double]] {
        draws.map { chain in chain.map { $0[parameter] } }
    }

    /// Mean, sd, percentiles, R̂ and ESS of each parameter (see `PosteriorSummary`).
    public func summary(percentiles: [Double] = [2.5, 50, 97.5]) throws(CalibrationError) -> [PosteriorSummary] {
        let count = draws.first?.first?.count ?? 0
        var result: [PosteriorSummary] = []
        for i in 0..<count { result.append(try PosteriorSummary.of(chains(parameter: i), percentiles: percentiles)) }
        return result
    }
}
