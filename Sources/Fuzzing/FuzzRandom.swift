/// SplitMix64 with its own ways of picking, so the same seed makes the same inputs on every
/// machine and with every version of the standard library.
public struct FuzzRandom {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of input `index` of a run with `seed`: any one input can be made again alone.
    public init(seed: UInt64, input index: Int) {
        var mixer = FuzzRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number from 0 to `bound` − 1 (`bound` at least 1).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// True with probability `numerator` / `denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    public mutating func element<T>(of items: [T]) -> T {
        items[below(items.count)]
    }

    /// An index picked with the given weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var pick = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index }
            pick -= weight
        }
        return weights.count - 1
    }
}
