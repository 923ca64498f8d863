import Testing
import Dynamics
import TestSupport

/// Runs that cannot be held in memory, and fixed delays whose length cannot be trusted: refused
/// with the setting and the limit, or run within bounds, never a trap or a huge allocation.
struct RunLimitTests {
    let origin = SourceLocation(file: "model.json5", line: 4, column: 12)

    func located(_ equation: String) -> Variable {
        var variable = Variable.auxiliary("late", Equation(equation, origin: origin))
        variable.origin = SourceLocation(file: "model.json5", line: 4, column: 5)
        return variable
    }

    /// `delay_fixed(p * time, 1e300)` tried to allocate 8 GB (and 1e19 steps trapped in the
    /// conversion to Int): a delay longer than the run shows its initial value throughout, and
    /// needs no more slots than the run has steps.
    @Test(arguments: ["1e300", "1e19", "1e16", "100"])
    func aDelayLongerThanTheRunShowsTheInitialValueThroughout(delay: String) throws {
        let result = try simulate([.auxiliary("late", Equation("delay_fixed(time * 2, \(delay), 7)"))], to: 2, dt: 0.25)
        #expect(result.series("late") == Array(repeating: 7, count: 9))
    }

    @Test func aDelayJustShorterThanTheRunStillArrives() throws {
        let result = try simulate([.auxiliary("late", Equation("delay_fixed(time + 1, 1.75, 0)"))], to: 2, dt: 0.25)
        #expect(result.series("late") == [0, 0, 0, 0, 0, 0, 0, 1, 1.25])
    }

    @Test func aNegativeDelayTimeIsALocatedError() {
        #expect(problems([located("delay_fixed(time, -2)")])
            == ["model.json5:4:12: error: the delay time of a fixed delay in the equation of 'late' is -2 at the start of the run; "
                + "a delay time must be a finite number of at least 0"])
        // A delay time that is not a number stops the run when it is computed, at its variable.
        #expect(problems([located("delay_fixed(time, sqrt(0 - 1))")]).first?.hasPrefix("model.json5:4:5: error: 'late' became not a number") == true)
    }

    @Test func anUnusableDelayTimeIsRefusedEvenWhenNonFiniteValuesAreAllowed() throws {
        let model = try Compiler.compile(ModelDefinition(variables: [located("delay_fixed(time, inf())")]))
        #expect(throws: Diagnostic.self) { try model.run(RunSettings(start: 0, stop: 1, dt: 0.25, stopOnNonFinite: false)) }
    }

    /// 4.8 GB were allocated for the recorded values, then the process aborted.
    @Test func aRunThatWouldRecordTooManyValuesIsRefusedBeforeItStarts() throws {
        let variables = (1...40).map { Variable.auxiliary("v\($0)", "time") }
        let model = try Compiler.compile(ModelDefinition(variables: variables))
        let settings = RunSettings(start: 0, stop: 1_000_000, dt: 1)
        #expect(throws: Diagnostic.self) { try model.run(settings) }
        do {
            _ = try model.run(settings)
        } catch {
            #expect(error.description == "error: the run would record 1000001 saved times of 40 variables, 40000040 values, over the limit of "
                + "33554432 (256 MB); save less often (a larger step or save interval), or run a shorter span")
        }
        // A shorter run fits.
        #expect(try model.run(RunSettings(start: 0, stop: 10_000, dt: 1)).times.count == 10_001)
    }

    @Test func fixedDelaysThatWouldHoldTooManyValuesAreRefused() throws {
        let delays = (1...3).map { Variable.auxiliary("d\($0)", Equation("delay_fixed(time, 1e9)")) }
        let model = try Compiler.compile(ModelDefinition(variables: delays))
        do {
            _ = try model.run(RunSettings(start: 0, stop: 20_000_000, dt: 1, saveEvery: 10_000_000))
            Issue.record("ran")
        } catch {
            #expect(error.description.hasPrefix("error: the fixed delays would hold 40000002 values by the one in the equation of 'd"),
                    "\(error)")
        }
    }
}
