import Dispatch
import Foundation
import Dynamics

// Speed of the engine against the same equations written by hand in Swift.
// Run with: swift run -c release forecast-bench

/// A synthetic model: 100 coupled stocks, each with three auxiliaries and one flow.
/// a0 = s_i·k + 0.01·s_(i+1); a1 = a0 / (1 + 1e-4·s_i²); a2 = min(a1, 10) − 0.1·s_(i+37);
/// flow_i = 0.01·a2 − 0.02·s_i + 0.5.
enum Synthetic {
    static let stocks = 100

    static func definition() -> ModelDefinition {
        var variables: [Variable] = []
        for i in 0..<stocks {
            let next = (i + 1) % stocks, far = (i + 37) % stocks
            variables.append(.stock("s\(i)", initial: Equation("\(1 + i % 7)"), inflows: ["f\(i)"]))
            variables.append(.auxiliary("a\(i)_0", Equation("s\(i) * k + 0.01 * s\(next)")))
            variables.append(.auxiliary("a\(i)_1", Equation("a\(i)_0 / (1 + 0.0001 * s\(i) * s\(i))")))
            variables.append(.auxiliary("a\(i)_2", Equation("min(a\(i)_1, 10) - 0.1 * s\(far)")))
            variables.append(.flow("f\(i)", Equation("0.01 * a\(i)_2 - 0.02 * s\(i) + 0.5")))
        }
        return ModelDefinition(variables: variables, parameters: [Parameter(name: "k", value: 0.3)])
    }

    /// The same model, integrated with the same RK4, written directly in Swift: the equations
    /// either as a loop over the stocks (which the compiler vectorises) or written out one
    /// statement per equation (`StraightLine.swift`), as generated code would be.
    static func handWritten(steps: Int, dt: Double, k: Double, straightLine: Bool) -> Double {
        var s = (0..<stocks).map { Double(1 + $0 % 7) }
        var y0 = s, sum = s, f = s
        func rates(_ s: [Double], _ f: inout [Double]) {
            if straightLine {
                s.withUnsafeBufferPointer { sp in
                    f.withUnsafeMutableBufferPointer { StraightLine.rates(sp.baseAddress!, $0.baseAddress!, k: k) }
                }
                return
            }
            for i in 0..<stocks {
                let a0 = s[i] * k + 0.01 * s[(i + 1) % stocks]
                let a1 = a0 / (1 + 0.0001 * s[i] * s[i])
                let a2 = min(a1, 10) - 0.1 * s[(i + 37) % stocks]
                f[i] = 0.01 * a2 - 0.02 * s[i] + 0.5
            }
        }
        let half = dt / 2
        for _ in 0..<steps {
            rates(s, &f)
            for j in 0..<stocks { y0[j] = s[j]; sum[j] = f[j]; s[j] = y0[j] + half * f[j] }
            rates(s, &f)
            for j in 0..<stocks { sum[j] += 2 * f[j]; s[j] = y0[j] + half * f[j] }
            rates(s, &f)
            for j in 0..<stocks { sum[j] += 2 * f[j]; s[j] = y0[j] + dt * f[j] }
            rates(s, &f)
            for j in 0..<stocks { s[j] = y0[j] + dt / 6 * (sum[j] + f[j]) }
        }
        return s.reduce(0, +)
    }
}

/// Seconds per call of `body`, the best of several rounds of `repeats` calls.
func secondsPerCall(repeats: Int, rounds: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repeats { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed / Double(repeats))
    }
    return best
}

let settings = RunSettings(start: 2025, stop: 2036, dt: 0.0625, saveEvery: 0.25, method: .rk4)
let model = try Compiler.compile(Synthetic.definition())
let check = try model.run(settings)
let engineSum = (0..<Synthetic.stocks).map { check.series("s\($0)")!.last! }.reduce(0, +)
for straightLine in [false, true] {
    let handSum = Synthetic.handWritten(steps: settings.stepCount, dt: settings.dt, k: 0.3, straightLine: straightLine)
    guard abs(engineSum - handSum) <= 1e-9 * abs(handSum) else {
        print("engine and hand-written results differ: \(engineSum) vs \(handSum)")
        exit(1)
    }
}

let steps = Double(settings.stepCount)
let equations = 400.0
let engineSeconds = try secondsPerCall(repeats: 50) { _ = try model.run(settings) }
let lanes = [(parameters: [Double]?, seed: UInt64)](repeating: (nil, 0), count: CompiledModel.laneCount)
let laneSeconds = secondsPerCall(repeats: 10) { _ = model.run(settings, lanes: lanes, recording: Array(model.columns.indices)) } / Double(lanes.count)
var sink = 0.0
let straightSeconds = secondsPerCall(repeats: 50) {
    sink += Synthetic.handWritten(steps: settings.stepCount, dt: settings.dt, k: 0.3, straightLine: true)
}
let loopSeconds = secondsPerCall(repeats: 50) {
    sink += Synthetic.handWritten(steps: settings.stepCount, dt: settings.dt, k: 0.3, straightLine: false)
}

func line(_ label: String, _ seconds: Double) -> String {
    let stepsPerSecond = steps / seconds
    let nsPerEquation = seconds / (steps * 4 * equations) * 1e9
    return "\(label.padding(toLength: 18, withPad: " ", startingAt: 0)) \(Int(stepsPerSecond)) steps/s   "
        + "\(String(format: "%.2f", nsPerEquation)) ns per equation evaluation   \(String(format: "%.3f", seconds * 1000)) ms per run"
}

print("Synthetic model: 100 stocks, 300 auxiliaries, 100 flows; RK4, \(Int(steps)) steps of \(settings.dt) year")
print("  (\(model.rateInstructionCount) instructions per rate evaluation)")
print(line("engine", engineSeconds))
print(line("engine, \(lanes.count) runs together", laneSeconds) + " (a run's share)")
print(line("Swift, written out", straightSeconds))
print(line("Swift, as loops", loopSeconds))
print("engine / Swift written out: \(String(format: "%.2f", engineSeconds / straightSeconds))x")
print("engine / Swift as loops:    \(String(format: "%.2f", engineSeconds / loopSeconds))x (the loops vectorise)")
if sink.isNaN { print(sink) }

try FullModel.report()
