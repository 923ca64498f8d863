import Foundation

/// The random numbers of a run's random functions (`uniform`, `normal`, `poisson`, …): a
/// counter-based generator, so a draw is a function of the run's seed, the call and the step,
/// and nothing else. The same seed gives the same run, whatever the order of evaluation, the
/// integration method or the number of runs in parallel; a value stays the same for a whole
/// step (every RK4 stage inside it reads the same draw).
///
/// A call's stream is keyed by the run's seed and the call's site (its variable and its place
/// in the equation); a call given a seed of its own (Vensim's and Stella's seed argument, when
/// not 0) has a stream keyed by that seed alone, the same in every run.
enum RandomStream {
    /// A uniform draw in (0, 1): never 0 or 1, so `ln u` and Φ⁻¹(u) are finite.
    ///
    /// - Parameters:
    ///   - seed: the run's seed (an integer below 2⁵³, as a Double).
    ///   - site: the call's site (an integer below 2⁵², as a Double).
    ///   - stream: the call's own seed; 0 for none.
    ///   - step: the step number, from 0 at the start.
    @inline(__always)
    static func uniform(seed: Double, site: Double, stream: Double, step: UInt64) -> Double {
        let key = stream == 0 ? mix(UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(site))
                              : mix(stream.bitPattern ^ 0xD1B5_4A32_D192_ED03)
        let bits = mix(key ^ mix(step &+ 0x632B_E59B_D9B4_E019))
        return (Double(bits >> 11) + 0.5) * 0x1p-53
    }

    /// SplitMix64's finaliser (Steele, Lea & Flood 2014), a bijection of UInt64.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A call's site: FNV-1a of its variable's name and the call's rank among that variable's
    /// random calls (in reading order), mixed, in 52 bits (so a Double holds it exactly).
    /// Editing another equation, or writing this one out again (XMILE export), keeps it.
    static func site(variable: String, occurrence: Int) -> Double {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(variable)#\(occurrence)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Double(mix(hash) & (1 << 52 - 1))
    }

    /// The Poisson quantile: the least k with P(K ≤ k) ≥ u for K ~ Poisson(mean). Walks from
    /// the mode (its probability through `lgamma`), O(√mean) steps and never more than
    /// 40√mean + 100; above a mean of 10⁷ the normal approximation round(mean + √mean·Φ⁻¹(u)),
    /// whose error there is below a part in 3000 of a standard deviation. 0 for a mean ≤ 0;
    /// NaN for NaN.
    static func poissonQuantile(mean: Double, _ u: Double) -> Double {
        if mean.isNaN || u.isNaN { return .nan }
        guard mean > 0 else { return 0 }
        guard mean <= 1e7 else { return max(0, (mean + mean.squareRoot() * StandardNormal.quantile(u)).rounded()) }
        let mode = mean.rounded(.down)
        let atMode = exp(-mean + mode * log(mean) - lgamma(mode + 1))
        // P(K < mode), summed down from the mode until the terms no longer count.
        let limit = 40 * mean.squareRoot() + 100
        var below = 0.0
        var term = atMode, k = mode
        while k > 0, mode - k < limit {
            term *= k / mean
            k -= 1
            below += term
            if term < 1e-18 * below { break }
        }
        if u < below {
            // Down from mode − 1, where P(K ≤ k) ≥ u, to the first k whose P(K ≤ k − 1) is below u.
            var cumulative = below
            term = atMode * mode / mean
            k = mode - 1
            while k > 0, mode - k < limit {
                let lower = cumulative - term
                if u > lower { return k }
                cumulative = lower
                term *= k / mean
                k -= 1
            }
            return max(k, 0)
        }
        var cumulative = below + atMode
        term = atMode
        k = mode
        while u > cumulative, k - mode < limit {
            k += 1
            term *= mean / k
            cumulative += term
        }
        return k
    }
}
