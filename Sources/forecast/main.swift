import Dynamics
import Foundation

// Interim entry point: runs a small example model and prints a table.
let example = ModelDefinition(
    variables: [
        .stock("frontier_compute", initial: "5e25", inflows: ["compute_growth"], unit: "FLOP",
               doc: "Training compute of the largest run."),
        .flow("compute_growth", "frontier_compute * ln(compute_growth_factor)", unit: "FLOP/year"),
        .auxiliary("smoothed_growth", "trend(frontier_compute, 0.5, ln(compute_growth_factor))", unit: "1/year"),
    ],
    parameters: [Parameter(name: "compute_growth_factor", value: 4.5, unit: "1/year")])
do {
    let result = try Compiler.compile(example).run(RunSettings(start: 2025, stop: 2030, dt: 0.0625, saveEvery: 1))
    print("year   frontier_compute [FLOP]   smoothed_growth [1/year]")
    for (k, time) in result.times.enumerated() {
        let compute = String(format: "%.2e", result.series("frontier_compute")![k])
        let growth = String(format: "%.3f", result.series("smoothed_growth")![k])
        print("\(Int(time))   \(compute.padding(toLength: 24, withPad: " ", startingAt: 0))  \(growth)")
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
