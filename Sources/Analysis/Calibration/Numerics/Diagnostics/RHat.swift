import Dynamics
import Foundation

/// The potential scale reduction factor R̂ of chains of draws of one quantity, [chain][draw].
public enum RHat {
    /// Split-R̂ (Gelman et al. 2013, BDA3 §11.4): cut each chain in half, giving m chains of n
    /// draws; with W the mean of the within-chain variances s²ⱼ and B = n·var(chain means),
    /// var⁺ = (n − 1)/n·W + B/n and R̂ = √(var⁺/W). Near 1 when the chains agree; > 1.01 is a
    /// warning (Vehtari et al. 2021). Constant chains give NaN if they agree, +∞ if not.
    /// At least 4 draws per chain.
    public static func split(_ chains: [[Double]]) throws(CalibrationError) -> Double {
        try ChainCheck.validate(chains, minimum: 4)
        return basic(ChainCheck.split(chains))
    }

    /// Rank-normalised split-R̂ (Vehtari, Gelman, Simpson, Carpenter & Bürkner 2021, Bayesian
    /// Analysis 16(2), eqs. 14–16): the larger of split-R̂ of the rank-normal scores
    /// z = Φ⁻¹((r − 3/8)/(S + 1/4)) of the draws (r their rank among all S draws, ties
    /// averaged), which measures the bulk, and of the scores of |draw − median|, the tails.
    /// Robust to heavy tails and to chains that differ in scale but not location.
    public static func rankNormalized(_ chains: [[Double]]) throws(CalibrationError) -> Double {
        try ChainCheck.validate(chains, minimum: 4)
        let halves = ChainCheck.split(chains)
        let all = halves.flatMap { $0 }.sorted()
        let median = Percentile.of(sorted: all, 50)
        let folded = halves.map { $0.map { abs($0 - median) } }
        return max(basic(rankNormalScores(halves)), basic(rankNormalScores(folded)))
    }

    /// Φ⁻¹((r − 3/8)/(S + 1/4)) of each draw, ranks r (1-based, ties averaged) over all chains.
    static func rankNormalScores(_ chains: [[Double]]) -> [[Double]] {
        let flat = chains.flatMap { $0 }
        let order = flat.indices.sorted { flat[$0] < flat[$1] || (flat[$0] == flat[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: flat.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && flat[order[end + 1]] == flat[order[start]] { end += 1 }
            for k in start...end { ranks[order[k]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        let total = Double(flat.count)
        var k = 0
        return chains.map { chain in
            chain.map { _ in
                defer { k += 1 }
                return StandardNormal.quantile((ranks[k] - 0.375) / (total + 0.25))
            }
        }
    }

    /// R̂ of chains as given (no splitting).
    static func basic(_ chains: [[Double]]) -> Double {
        let n = Double(chains[0].count)
        let w = ChainCheck.mean(chains.map(ChainCheck.variance))
        let b = chains.count > 1 ? n * ChainCheck.variance(chains.map(ChainCheck.mean)) : 0
        guard w > 0 else { return b > 0 ? .infinity : .nan }
        return (((n - 1) / n * w + b / n) / w).squareRoot()
    }
}
