import Dynamics

/// The draws the calibration needs on top of the project's generator, all by inverse transform
/// or scaling of `nextUnit`, so they depend only on the generator's state (never on the standard
/// library's `random(in:)`, whose algorithm may change between Swift releases).
extension Xoshiro256StarStar {
    /// A standard normal draw: Φ⁻¹(u) for u uniform on (0, 1).
    mutating func nextNormal() -> Double {
        StandardNormal.quantile(nextOpenUnit())
    }

    /// A uniform integer in 0 ..< n (n ≥ 1): ⌊u·n⌋, bias below 2⁻⁵³·n.
    mutating func nextIndex(below n: Int) -> Int {
        min(n - 1, Int(nextUnit() * Double(n)))
    }

    /// A uniform double in [low, high).
    mutating func nextUniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUnit()
    }
}
