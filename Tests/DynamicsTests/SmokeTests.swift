import Testing
import Foundation
@testable import Dynamics

@Test func smoke() throws {
    let model = ModelDefinition(variables: [
        .stock("x", initial: "1", inflows: ["growth"]),
        .flow("growth", "x * ln(4)"),
        .auxiliary("s", "smooth(step(1, 1), 2)"),
        .auxiliary("d", "delay3(x, 1)"),
    ])
    let compiled = try Compiler.compile(model)
    let result = try compiled.run(RunSettings(start: 0, stop: 10, dt: 1.0 / 16, saveEvery: 1))
    print(result.series("x")!, result.series("s")!, result.series("d")!)
}
