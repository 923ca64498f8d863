import Foundation
import Testing
import Dynamics

/// A run computes the auxiliaries nothing integrated depends on only where it needs them: what
/// its pipelines record, every step, and what it records, at the steps that record. What it
/// records is the whole program's, to the bit.
struct OutputSliceTests {
    /// `echo` is read only by a pipeline (`previous`, whose source the compiler evaluates with
    /// the rates), whose state `lagged` is output-only; `chain` reads another output-only
    /// auxiliary; `wild` is output-only and turns infinite at t = 1 (1 / 0).
    static let definition = ModelDefinition(
        variables: [
            .stock("level", initial: "1", inflows: ["growth"]),
            .flow("growth", "0.3 * level"),
            .auxiliary("echo", "level ^ 1.5 + sin(time)"),
            .auxiliary("lagged", "previous(echo, -1)"),
            .auxiliary("base", "ln(level) * 2"),
            .auxiliary("chain", "base + exp(-time)"),
            .auxiliary("wild", "1 / (time - 1)"),
        ],
        parameters: [])

    static func bits(_ values: ArraySlice<Double>) -> [UInt64] { values.map(\.bitPattern) }

    @Test(arguments: [IntegrationMethod.rk4, .euler])
    func recordingFewColumnsGivesTheirValuesOfTheWholeRun(method: IntegrationMethod) throws {
        let model = try Compiler.compile(Self.definition)
        // dt 0.125 with saves every 0.5: three of four steps record nothing; t = 1 is a save.
        var settings = RunSettings(start: 0, stop: 4, dt: 0.125, saveEvery: 0.5, method: method)
        settings.stopOnNonFinite = false
        let whole = try model.run(settings)
        let names = model.columns.map(\.name)
        for recorded in [["lagged"], ["chain"], ["lagged", "level"], ["echo", "chain"]] {
            let indices = recorded.map { names.firstIndex(of: $0)! }
            let part = try model.run(settings, recording: indices)
            for (k, name) in recorded.enumerated() {
                let expected = try #require(whole.series(name))
                #expect(Self.bits(part.series(at: k)) == Self.bits(expected[...]), "\(name) recording \(recorded)")
            }
        }
        // The pipeline shows echo one step late: at t = 0.5 the value echo had at 0.375.
        let lagged = try #require(whole.value("lagged", at: 0.5))
        #expect(abs(lagged - (pow(try #require(whole.value("level", at: 0.5)) / exp(0.3 * 0.125), 1.5) + sin(0.375))) < 2e-3)
    }

    /// A variable the run does not compute cannot stop it; recorded, it stops the run at the
    /// step that records it.
    @Test func anUncomputedVariableDoesNotStopTheRun() throws {
        let model = try Compiler.compile(Self.definition)
        let settings = RunSettings(start: 0, stop: 4, dt: 0.125, saveEvery: 0.5, method: .rk4)
        let names = model.columns.map(\.name)
        let part = try model.run(settings, recording: [names.firstIndex(of: "chain")!])
        #expect(part.times.count == 9)
        #expect(throws: Diagnostic.self) { try model.run(settings, recording: [names.firstIndex(of: "wild")!]) }
    }
}
