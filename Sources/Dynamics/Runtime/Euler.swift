/// Explicit Euler: y(t + h) = y(t) + h·f(t, y(t)). First order; what PySD and most XMILE
/// engines use by default.
enum Euler {
    /// Expects the net rates of `t` from the last evaluation.
    @inline(__always)
    static func step<V: SlotValue>(_ stepper: Stepper<V>) {
        let y = stepper.s + stepper.stockBase
        let h = V(repeating: stepper.dt)
        for j in 0..<stepper.stockCount { y[j] = y[j] + h * stepper.rate(j) }
    }
}
