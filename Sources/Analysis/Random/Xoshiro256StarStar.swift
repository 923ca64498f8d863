/// xoshiro256** 1.0 (Blackman & Vigna 2018): a 256-bit state, period 2^256 − 1, passes
/// BigCrush; a few nanoseconds per draw and no allocation, so every Monte Carlo run can own one.
///
/// Streams: `init(seed:stream:)` starts SplitMix64 at `seed &+ mix(stream)` (`mix` being
/// SplitMix64's finaliser, a bijection with `mix(0) = 0`) and takes its first four outputs as
/// the state. For one seed, distinct streams get distinct, unrelated states; run `i` of a
/// Monte Carlo uses stream `i`, so its draws do not depend on which thread runs it or in what
/// order. Stream 0 is the usual "xoshiro256** seeded by SplitMix64(seed)".
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = SplitMix64(state: seed &+ SplitMix64.mix(stream))
        self.init(state: (mixer.next(), mixer.next(), mixer.next(), mixer.next()))
    }

    /// A generator with exactly this state (not all zero), for checks against the reference code.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** needs a state that is not all zero")
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits: `rotl(s1 · 5, 7) · 9`, then the xorshift state update.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits times 2^−53, so every value is a multiple of 2^−53.
    @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in (0, 1): the top 53 bits plus one half, times 2^−53. Never 0 or 1,
    /// so its normal quantile is always finite.
    @inline(__always)
    mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    @inline(__always)
    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
