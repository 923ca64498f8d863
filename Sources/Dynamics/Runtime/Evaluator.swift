import Foundation

/// Runs a scheduled program over the slot buffer: one dispatch per group of instructions that
/// share an operation. The hot loop of every simulation: no allocation, no reference counting,
/// no dictionary or string work.
enum Evaluator {
    @inline(__always)
    static func execute<V: SlotValue>(_ code: UnsafeBufferPointer<Instruction>, _ groups: UnsafeBufferPointer<InstructionGroup>,
                                      _ s: UnsafeMutablePointer<V>, _ tables: UnsafePointer<Double>) {
        for group in groups {
            let start = Int(group.start), end = Int(group.end)
            // Arithmetic the slot type does itself, all lanes at once.
            @inline(__always) func vector2(_ body: (V, V) -> V) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)], s[Int(i.b)])
                    k += 1
                }
            }
            @inline(__always) func vector1(_ body: (V) -> V) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)])
                    k += 1
                }
            }
            @inline(__always) func vector3(_ body: (V, V, V) -> V) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)], s[Int(i.b)], s[Int(i.c)])
                    k += 1
                }
            }
            // Everything else: the scalar function, lane by lane (told which lane it is).
            @inline(__always) func lanes1(_ body: (Int, Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    let x = s[Int(i.a)]
                    var r = V(repeating: 0)
                    for l in 0..<V.laneCount { r[lane: l] = body(l, x[lane: l]) }
                    s[Int(i.dst)] = r
                    k += 1
                }
            }
            @inline(__always) func lanes2(_ body: (Int, Double, Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    let x = s[Int(i.a)], y = s[Int(i.b)]
                    var r = V(repeating: 0)
                    for l in 0..<V.laneCount { r[lane: l] = body(l, x[lane: l], y[lane: l]) }
                    s[Int(i.dst)] = r
                    k += 1
                }
            }
            @inline(__always) func lanes3(_ body: (Int, Double, Double, Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    let x = s[Int(i.a)], y = s[Int(i.b)], z = s[Int(i.c)]
                    var r = V(repeating: 0)
                    for l in 0..<V.laneCount { r[lane: l] = body(l, x[lane: l], y[lane: l], z[lane: l]) }
                    s[Int(i.dst)] = r
                    k += 1
                }
            }
            @inline(__always) func unary(_ body: (Double) -> Double) { lanes1 { body($1) } }
            @inline(__always) func binary(_ body: (Double, Double) -> Double) { lanes2 { body($1, $2) } }
            @inline(__always) func ternary(_ body: (Double, Double, Double) -> Double) { lanes3 { body($1, $2, $3) } }
            @inline(__always) func lookup(_ mode: Table.Mode) {
                var k = start
                while k < end {
                    let i = code[k]
                    let offset = Int(i.b), count = Int(i.c)
                    let x = s[Int(i.a)]
                    var r = V(repeating: 0)
                    for l in 0..<V.laneCount {
                        r[lane: l] = Table.lookup(x[lane: l], xs: tables + offset, ys: tables + offset + count, count: count, mode: mode)
                    }
                    s[Int(i.dst)] = r
                    k += 1
                }
            }
            // The clock is the same in every lane.
            let now = s[ReservedSlot.time][lane: 0], dt = s[ReservedSlot.dt][lane: 0]
            switch group.op {
            case .copy: vector1 { $0 }
            case .negate: vector1(V.negated)
            case .not: vector1 { V.indicator($0, .equal, V(repeating: 0)) }
            case .add: vector2(+)
            case .subtract: vector2(-)
            case .multiply: vector2(*)
            case .divide: vector2(/)
            case .power: vector2(ExpLog.pow)
            case .modulo: binary(modulo)
            case .multiplyAdd: vector3 { $0 * $1 + $2 }
            case .multiplySubtract: vector3 { $0 * $1 - $2 }
            case .subtractMultiply: vector3 { $2 - $0 * $1 }
            case .less: vector2 { V.indicator($0, .less, $1) }
            case .lessOrEqual: vector2 { V.indicator($0, .lessOrEqual, $1) }
            case .greater: vector2 { V.indicator($1, .less, $0) }
            case .greaterOrEqual: vector2 { V.indicator($1, .lessOrEqual, $0) }
            case .equal: vector2 { V.indicator($0, .equal, $1) }
            case .notEqual: vector2 { V.choose(V(repeating: 0), V(repeating: 1), if: $0, .equal, $1) }
            case .and: vector2 { V.isNonZero($0) * V.isNonZero($1) }
            case .or: vector2 { V.select($0, V(repeating: 1), V.isNonZero($1)) }
            case .min: vector2(V.minimum)
            case .max: vector2(V.maximum)
            case .abs: vector1(V.magnitude)
            case .exp: vector1(ExpLog.exp)
            case .ln: vector1(ExpLog.log)
            case .log10: unary { Foundation.log10($0) }
            case .sqrt: unary { $0.squareRoot() }
            case .sin: unary { Foundation.sin($0) }
            case .cos: unary { Foundation.cos($0) }
            case .tan: unary { Foundation.tan($0) }
            case .arcsin: unary { Foundation.asin($0) }
            case .arccos: unary { Foundation.acos($0) }
            case .arctan: unary { Foundation.atan($0) }
            case .sinh: unary { Foundation.sinh($0) }
            case .cosh: unary { Foundation.cosh($0) }
            case .tanh: unary { Foundation.tanh($0) }
            case .int: unary { $0.rounded(.down) }
            case .sign: unary { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
            case .maxZero: vector1 { V.maximum($0, V(repeating: 0)) }
            case .clamp: vector3 { V.minimum(V.maximum($0, $1), $2) }
            case .safediv: vector3 { V.choose($2, $0 / $1, if: $1, .equal, V(repeating: 0)) }
            case .select: vector3(V.select)
            case .step:
                let t = now + timeTolerance(dt)
                binary { t >= $1 ? $0 : 0 }
            case .ramp:
                ternary { slope, from, to in
                    let t = Swift.min(now, to)
                    return t > from ? slope * (t - from) : 0
                }
            case .pulse:
                let t = now + timeTolerance(dt)
                binary { from, width in t >= from && t < from + (width > 0 ? width : dt) ? 1 : 0 }
            case .pulseTrain:
                ternary { pulseTrain(magnitude: $0, first: $1, interval: $2, time: now, dt: dt) }
            case .lookupClamp: lookup(.clamp)
            case .lookupExtrapolate: lookup(.extrapolate)
            case .lookupDiscrete: lookup(.discrete)
            case .lookupForward: lookup(.forward)
            case .randomUniform:
                let step = UInt64(s[ReservedSlot.step][lane: 0])
                let seeds = s[ReservedSlot.seed]
                lanes2 { lane, stream, site in RandomStream.uniform(seed: seeds[lane: lane], site: site, stream: stream, step: step) }
            case .normalCDF: unary(StandardNormal.cdf)
            case .normalQuantile: unary(StandardNormal.quantile)
            case .poissonQuantile: binary(RandomStream.poissonQuantile)
            }
        }
    }

    /// XMILE MOD: the result takes the sign of the divisor, as in Vensim.
    @inline(__always)
    static func modulo(_ a: Double, _ b: Double) -> Double {
        let r = fmod(a, b)
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }

    /// Time tests (`step`, `pulse`) treat times within a billionth of a step as equal, so a
    /// time grid built by repeated addition of 0.1 still switches on the intended step.
    @inline(__always)
    static func timeTolerance(_ dt: Double) -> Double {
        dt * 1e-9
    }

    /// XMILE `PULSE(magnitude, first, interval)`: `magnitude / dt` during the one step that
    /// starts at `first` (and at `first + k·interval` when `interval > 0`), so that a flow
    /// carrying it moves exactly `magnitude` into its stock.
    @inline(__always)
    static func pulseTrain(magnitude: Double, first: Double, interval: Double, time t: Double, dt: Double) -> Double {
        let tolerance = dt * 1e-9
        guard t + tolerance >= first else { return 0 }
        var since = t - first
        if interval > 0 {
            since -= (since / interval + 1e-9).rounded(.down) * interval
        }
        return since + tolerance < dt ? magnitude / dt : 0
    }
}
