import Foundation

/// Runs a scheduled program over the slot buffer: one dispatch per group of instructions that
/// share an operation. The hot loop of every simulation: no allocation, no reference counting,
/// no dictionary or string work.
enum Evaluator {
    @inline(__always)
    static func execute(_ code: UnsafeBufferPointer<Instruction>, _ groups: UnsafeBufferPointer<InstructionGroup>,
                        _ s: UnsafeMutablePointer<Double>, _ tables: UnsafePointer<Double>) {
        for group in groups {
            let start = Int(group.start), end = Int(group.end)
            @inline(__always) func unary(_ body: (Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)])
                    k += 1
                }
            }
            @inline(__always) func binary(_ body: (Double, Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)], s[Int(i.b)])
                    k += 1
                }
            }
            @inline(__always) func ternary(_ body: (Double, Double, Double) -> Double) {
                var k = start
                while k < end {
                    let i = code[k]
                    s[Int(i.dst)] = body(s[Int(i.a)], s[Int(i.b)], s[Int(i.c)])
                    k += 1
                }
            }
            @inline(__always) func lookup(_ mode: Table.Mode) {
                var k = start
                while k < end {
                    let i = code[k]
                    let offset = Int(i.b), count = Int(i.c)
                    s[Int(i.dst)] = Table.lookup(s[Int(i.a)], xs: tables + offset, ys: tables + offset + count, count: count, mode: mode)
                    k += 1
                }
            }
            switch group.op {
            case .copy: unary { $0 }
            case .negate: unary { -$0 }
            case .not: unary { $0 == 0 ? 1 : 0 }
            case .add: binary { $0 + $1 }
            case .subtract: binary { $0 - $1 }
            case .multiply: binary { $0 * $1 }
            case .divide: binary { $0 / $1 }
            case .power: binary { Foundation.pow($0, $1) }
            case .modulo: binary(modulo)
            case .multiplyAdd: ternary { $0 * $1 + $2 }
            case .multiplySubtract: ternary { $0 * $1 - $2 }
            case .subtractMultiply: ternary { $2 - $0 * $1 }
            case .less: binary { $0 < $1 ? 1 : 0 }
            case .lessOrEqual: binary { $0 <= $1 ? 1 : 0 }
            case .greater: binary { $0 > $1 ? 1 : 0 }
            case .greaterOrEqual: binary { $0 >= $1 ? 1 : 0 }
            case .equal: binary { $0 == $1 ? 1 : 0 }
            case .notEqual: binary { $0 != $1 ? 1 : 0 }
            case .and: binary { $0 != 0 && $1 != 0 ? 1 : 0 }
            case .or: binary { $0 != 0 || $1 != 0 ? 1 : 0 }
            case .min: binary { Swift.min($0, $1) }
            case .max: binary { Swift.max($0, $1) }
            case .abs: unary { Swift.abs($0) }
            case .exp: unary { Foundation.exp($0) }
            case .ln: unary { Foundation.log($0) }
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
            case .maxZero: unary { Swift.max($0, 0) }
            case .clamp: ternary { Swift.min(Swift.max($0, $1), $2) }
            case .safediv: ternary { $1 == 0 ? $2 : $0 / $1 }
            case .select: ternary { $0 != 0 ? $1 : $2 }
            case .step:
                let t = s[ReservedSlot.time] + timeTolerance(s)
                binary { t >= $1 ? $0 : 0 }
            case .ramp:
                let now = s[ReservedSlot.time]
                ternary { slope, from, to in
                    let t = Swift.min(now, to)
                    return t > from ? slope * (t - from) : 0
                }
            case .pulse:
                let t = s[ReservedSlot.time] + timeTolerance(s), dt = s[ReservedSlot.dt]
                binary { from, width in t >= from && t < from + (width > 0 ? width : dt) ? 1 : 0 }
            case .pulseTrain:
                ternary { pulseTrain(magnitude: $0, first: $1, interval: $2, s) }
            case .lookupClamp: lookup(.clamp)
            case .lookupExtrapolate: lookup(.extrapolate)
            case .lookupDiscrete: lookup(.discrete)
            case .lookupForward: lookup(.forward)
            case .randomUniform:
                let step = UInt64(s[ReservedSlot.step])
                let seed = s[ReservedSlot.seed]
                binary { stream, site in RandomStream.uniform(seed: seed, site: site, stream: stream, step: step) }
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
    static func timeTolerance(_ s: UnsafeMutablePointer<Double>) -> Double {
        s[ReservedSlot.dt] * 1e-9
    }

    /// XMILE `PULSE(magnitude, first, interval)`: `magnitude / dt` during the one step that
    /// starts at `first` (and at `first + k·interval` when `interval > 0`), so that a flow
    /// carrying it moves exactly `magnitude` into its stock.
    @inline(__always)
    static func pulseTrain(magnitude: Double, first: Double, interval: Double, _ s: UnsafeMutablePointer<Double>) -> Double {
        let t = s[ReservedSlot.time], dt = s[ReservedSlot.dt]
        let tolerance = dt * 1e-9
        guard t + tolerance >= first else { return 0 }
        var since = t - first
        if interval > 0 {
            since -= (since / interval + 1e-9).rounded(.down) * interval
        }
        return since + tolerance < dt ? magnitude / dt : 0
    }
}
