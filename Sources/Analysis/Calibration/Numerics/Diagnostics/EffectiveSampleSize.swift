import Foundation

/// The effective sample size of chains of draws of one quantity, [chain][draw], as Stan
/// computes it (Gelman et al. 2013, BDA3 §11.5; Stan Reference Manual, "Effective sample size";
/// Vehtari et al. 2021 §3.2).
///
/// For m chains of n draws: the autocovariances γⱼ(t) = (1/n)Σₖ(xₖ − x̄ⱼ)(xₖ₊ₜ − x̄ⱼ); W the
/// mean within-chain variance, var⁺ = (n − 1)/n·W + var(chain means) (the latter only when
/// m > 1); the combined autocorrelation ρ̂ₜ = 1 − (W − mean_j γⱼ(t))/var⁺, with ρ̂₀ = 1.
/// Geyer's (1992) initial monotone sequence: the pair sums Pₖ = ρ̂₂ₖ + ρ̂₂ₖ₊₁ are kept while
/// positive and each is capped at the one before. Then τ̂ = −1 + 2Σₖ Pₖ (plus Stan's
/// correction ρ̂ of the first dropped even lag when positive), τ̂ ≥ 1/log₁₀(mn), and
/// ESS = mn/τ̂ (NaN when all draws are equal). Lags are computed only as far as the sequence
/// runs, O(mn) each.
public enum EffectiveSampleSize {
    /// ESS of `chains`; with `split` (the default) each chain is first cut in half, so a
    /// trend within a chain lowers the ESS. At least 4 draws per chain (8 when split).
    public static func of(_ chains: [[Double]], split: Bool = true) throws(CalibrationError) -> Double {
        try ChainCheck.validate(chains, minimum: split ? 8 : 4)
        let x = split ? ChainCheck.split(chains) : chains
        let (m, n) = (x.count, x[0].count)
        let means = x.map(ChainCheck.mean)
        let centred = x.indices.map { c in x[c].map { $0 - means[c] } }
        func autocovariance(_ t: Int) -> Double {
            var sum = 0.0
            for chain in centred {
                var s = 0.0
                for k in 0..<(n - t) { s += chain[k] * chain[k + t] }
                sum += s / Double(n)
            }
            return sum / Double(m)
        }
        let w = autocovariance(0) * Double(n) / Double(n - 1)
        let varPlus = w * Double(n - 1) / Double(n) + (m > 1 ? ChainCheck.variance(means) : 0)
        guard varPlus > 0 else { return .nan }
        func rho(_ t: Int) -> Double { 1 - (w - autocovariance(t)) / varPlus }
        var rhos = [1.0, rho(1)]
        var (even, odd) = (1.0, rhos[1])
        var s = 1
        while s < n - 5 && even + odd > 0 {
            (even, odd) = (rho(s + 1), rho(s + 2))
            if even + odd >= 0 { rhos += [even, odd] }
            s += 2
        }
        // Initial monotone sequence on the pairs (ρ̂₂ₖ, ρ̂₂ₖ₊₁).
        var k = 2
        while k + 1 < rhos.count {
            let previous = rhos[k - 2] + rhos[k - 1]
            if rhos[k] + rhos[k + 1] > previous { (rhos[k], rhos[k + 1]) = (previous / 2, previous / 2) }
            k += 2
        }
        let total = Double(m * n)
        var tau = -1 + 2 * rhos.reduce(0, +) + (even > 0 && even + odd < 0 ? even : 0)
        tau = max(tau, 1 / log10(total))
        return total / tau
    }
}
