/// Classical fourth-order Runge-Kutta:
/// k₁ = f(t, y), k₂ = f(t + h/2, y + h/2·k₁), k₃ = f(t + h/2, y + h/2·k₂), k₄ = f(t + h, y + h·k₃),
/// y(t + h) = y + h/6·(k₁ + 2k₂ + 2k₃ + k₄). For y' = λy one step multiplies y by
/// 1 + z + z²/2 + z³/6 + z⁴/24 with z = λh.
enum RungeKutta4 {
    /// Expects k₁ (the net rates of `t`) from the last evaluation; evaluates three more times.
    @inline(__always)
    static func step<V: SlotValue>(_ stepper: Stepper<V>, from time: Double) {
        let s = stepper.s
        let y = s + stepper.stockBase
        let y0 = stepper.scratch, sum = stepper.scratch + stepper.stockCount
        let n = stepper.stockCount, h = stepper.dt
        let half = V(repeating: h / 2), whole = V(repeating: h), sixth = V(repeating: h / 6), two = V(repeating: 2)
        for j in 0..<n {
            let k1 = stepper.rate(j)
            y0[j] = y[j]
            sum[j] = k1
            y[j] = y0[j] + half * k1
        }
        s[ReservedSlot.time] = V(repeating: time + h / 2)
        stepper.evaluateRates()
        for j in 0..<n {
            let k2 = stepper.rate(j)
            sum[j] = sum[j] + two * k2
            y[j] = y0[j] + half * k2
        }
        stepper.evaluateRates()
        for j in 0..<n {
            let k3 = stepper.rate(j)
            sum[j] = sum[j] + two * k3
            y[j] = y0[j] + whole * k3
        }
        s[ReservedSlot.time] = V(repeating: time + h)
        stepper.evaluateRates()
        for j in 0..<n { y[j] = y0[j] + sixth * (sum[j] + stepper.rate(j)) }
    }
}
