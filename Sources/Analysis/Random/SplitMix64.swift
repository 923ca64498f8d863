/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's public-domain reference): a Weyl sequence
/// `state += 0x9E3779B97F4A7C15` passed through a 64-bit finaliser. Used only to turn a seed
/// into the 256-bit state of `Xoshiro256StarStar`, as its authors recommend.
struct SplitMix64 {
    var state: UInt64

    init(state: UInt64) { self.state = state }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The finaliser, a bijection of `UInt64` with `mix(0) == 0`:
    /// `z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31`.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
