import Foundation

/// Runs compiled instructions over the slot buffer. The hot loop of every simulation: no
/// allocation, no reference counting, no dictionary or string work.
enum Evaluator {
    @inline(__always)
    static func execute(_ code: UnsafeBufferPointer<Instruction>, _ s: UnsafeMutablePointer<Double>,
                        _ tables: UnsafePointer<Double>) {
        var pc = 0
        let count = code.count
        while pc < count {
            let i = code[pc]
            let d = Int(i.dst), a = Int(i.a), b = Int(i.b), c = Int(i.c)
            switch i.op {
            case .copy: s[d] = s[a]
            case .negate: s[d] = -s[a]
            case .not: s[d] = s[a] == 0 ? 1 : 0
            case .add: s[d] = s[a] + s[b]
            case .subtract: s[d] = s[a] - s[b]
            case .multiply: s[d] = s[a] * s[b]
            case .divide: s[d] = s[a] / s[b]
            case .power: s[d] = Foundation.pow(s[a], s[b])
            case .modulo:
                // XMILE MOD: the result takes the sign of the divisor, as in Vensim.
                let r = fmod(s[a], s[b])
                s[d] = r != 0 && (r < 0) != (s[b] < 0) ? r + s[b] : r
            case .less: s[d] = s[a] < s[b] ? 1 : 0
            case .lessOrEqual: s[d] = s[a] <= s[b] ? 1 : 0
            case .greater: s[d] = s[a] > s[b] ? 1 : 0
            case .greaterOrEqual: s[d] = s[a] >= s[b] ? 1 : 0
            case .equal: s[d] = s[a] == s[b] ? 1 : 0
            case .notEqual: s[d] = s[a] != s[b] ? 1 : 0
            case .and: s[d] = s[a] != 0 && s[b] != 0 ? 1 : 0
            case .or: s[d] = s[a] != 0 || s[b] != 0 ? 1 : 0
            case .min: s[d] = Swift.min(s[a], s[b])
            case .max: s[d] = Swift.max(s[a], s[b])
            case .abs: s[d] = Swift.abs(s[a])
            case .exp: s[d] = Foundation.exp(s[a])
            case .ln: s[d] = Foundation.log(s[a])
            case .log10: s[d] = Foundation.log10(s[a])
            case .sqrt: s[d] = s[a].squareRoot()
            case .sin: s[d] = Foundation.sin(s[a])
            case .cos: s[d] = Foundation.cos(s[a])
            case .tan: s[d] = Foundation.tan(s[a])
            case .arcsin: s[d] = Foundation.asin(s[a])
            case .arccos: s[d] = Foundation.acos(s[a])
            case .arctan: s[d] = Foundation.atan(s[a])
            case .int: s[d] = s[a].rounded(.down)
            case .sign: s[d] = s[a] > 0 ? 1 : s[a] < 0 ? -1 : 0
            case .clamp: s[d] = Swift.min(Swift.max(s[a], s[b]), s[c])
            case .safediv: s[d] = s[b] == 0 ? s[c] : s[a] / s[b]
            case .maxZero: s[d] = Swift.max(s[a], 0)
            case .step:
                s[d] = s[ReservedSlot.time] + timeTolerance(s) >= s[b] ? s[a] : 0
            case .ramp:
                let t = Swift.min(s[ReservedSlot.time], s[c])
                s[d] = t > s[b] ? s[a] * (t - s[b]) : 0
            case .pulse:
                let t = s[ReservedSlot.time] + timeTolerance(s)
                let width = s[b] > 0 ? s[b] : s[ReservedSlot.dt]
                s[d] = t >= s[a] && t < s[a] + width ? 1 : 0
            case .pulseTrain:
                s[d] = pulseTrain(magnitude: s[a], first: s[b], interval: s[c], s)
            case .lookupClamp:
                s[d] = Table.lookup(s[a], xs: tables + b, ys: tables + b + c, count: c, mode: .clamp)
            case .lookupExtrapolate:
                s[d] = Table.lookup(s[a], xs: tables + b, ys: tables + b + c, count: c, mode: .extrapolate)
            case .lookupDiscrete:
                s[d] = Table.lookup(s[a], xs: tables + b, ys: tables + b + c, count: c, mode: .discrete)
            case .jumpIfZero:
                if s[a] == 0 {
                    pc = d
                    continue
                }
            case .jump:
                pc = d
                continue
            }
            pc += 1
        }
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
        return since + tolerance < dt && (interval > 0 || t - first + tolerance < dt) ? magnitude / dt : 0
    }
}
