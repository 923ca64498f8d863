import Foundation
import Testing
@testable import Dynamics
import TestSupport

/// Equations a hostile or careless user might write: nested past the limit, very long, or
/// with very long names. Each is a located error (or a success) in bounded time, never a crash.
struct ExpressionLimitTests {
    let origin = SourceLocation(file: "model.json5", line: 3, column: 10)

    func nestedError(_ text: String) -> ParseError? {
        do {
            _ = try Parser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        // Nested brackets, unary minus signs and calls overflowed the parser's stack.
        String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
        String(repeating: "-", count: 5000) + "1",
        "p * " + String(repeating: "+", count: 20_000) + " time",
        String(repeating: "abs(", count: 5000) + "1" + String(repeating: ")", count: 5000),
        String(repeating: "2 ^ ", count: 5000) + "1",
        String(repeating: "if(time > 1, 2, ", count: 5000) + "1" + String(repeating: ")", count: 5000),
        // A long chain parses without recursion but makes a tree as deep as it is long, which
        // every later stage (and freeing it) walks recursively.
        "1" + String(repeating: " + time", count: 100_000),
        "(" + String(repeating: "1 + ", count: 200) + "1)" + String(repeating: " * 2", count: 200),
    ])
    func nestingPastTheLimitIsALocatedError(text: String) throws {
        let error = try #require(nestedError(text))
        #expect(error.problem == .nestedTooDeep(limit: Parser.maximumDepth))
        #expect(error.position.line == 1 && error.position.column >= 1)
        #expect(error.diagnostic(equationStart: origin).description.hasPrefix("model.json5:3:"))
    }

    @Test func nestingJustWithinTheLimitCompilesAndRuns() throws {
        for text in [String(repeating: "(", count: 250) + "time" + String(repeating: ")", count: 250),
                     "p * " + String(repeating: "+", count: 250) + " time",
                     String(repeating: "abs(", count: 250) + "time" + String(repeating: ")", count: 250),
                     "time" + String(repeating: " + p", count: 250)] {
            let result = try simulate([.auxiliary("x", Equation(text))], parameters: [Parameter(name: "p", value: 1)], to: 1, dt: 0.5)
            #expect(result.series("x")?.count == 3, "\(text.prefix(20))")
        }
        #expect(nestedError("p * " + String(repeating: "+", count: 260) + " time")?.problem == .nestedTooDeep(limit: 256))
    }

    @Test func theNestingErrorIsPlacedInTheFile() {
        let text = "1 + " + String(repeating: "(", count: 300) + "2" + String(repeating: ")", count: 300)
        let variable = Variable.auxiliary("x", Equation(text, origin: origin))
        let found = problems([variable])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("model.json5:3:") == true, "\(found)")
        #expect(found.first?.contains("in the equation of 'x': the equation is nested more than 256 deep; split it into auxiliaries") == true,
                "\(found)")
    }

    /// Code generation was quadratic: each part of an equation was checked for reading only
    /// constants by walking all of it (`p * +…+ time` with 2,000 pluses took four times as long
    /// as with 1,000), and each hoisted part copied the hoisted program. Now each is done once.
    @Test func compileTimeIsLinearInTheLengthOfAnEquation() throws {
        // 24,000 products that read time, each with a constant factor to hoist, nested 3 deep.
        func group(_ terms: [String]) -> String { "(" + terms.joined(separator: " + ") + ")" }
        let inner = group(Array(repeating: "time * (p * q)", count: 40))
        let middle = group(Array(repeating: inner, count: 30))
        let text = Array(repeating: middle, count: 20).joined(separator: " + ")
        let started = Date()
        let model = try Compiler.compile(ModelDefinition(variables: [.auxiliary("x", Equation(text))],
                                                         parameters: [Parameter(name: "p", value: 1), Parameter(name: "q", value: 2)]))
        let seconds = Date().timeIntervalSince(started)
        #expect(model.instructionCount > 24_000)
        // About 1 s in a debug build.
        #expect(seconds < 20, "compiling took \(seconds) s")
    }
}

/// Models the engine refuses rather than trapping on.
struct DegenerateModelTests {
    /// `previous(zz, 0)` with an unknown `zz` trapped in the code generator: expanded, the
    /// equation no longer held the name, so it was never looked up; a delay time named
    /// `zz` was silently read as one step.
    @Test func aNameReadOnlyByAPipelineIsLookedUp() {
        let origin = SourceLocation(file: "model.json5", line: 2, column: 20)
        for equation in ["previous(zz, 0)", "delay_fixed(time, zz)", "delay_fixed(zz, 1, 0)"] {
            let variable = Variable.auxiliary("y", Equation(equation, origin: origin))
            #expect(problems([variable]) == ["model.json5:2:20: error: unknown name 'zz' in the equation of 'y'"], "\(equation)")
        }
        #expect(problems([.auxiliary("y", "previous(x0, 0) + delay_fixed(time, x0)")], parameters: [Parameter(name: "x0", value: 1)]).isEmpty)
    }

    @Test func aModelWithoutVariablesIsAnError() {
        #expect(problems([], parameters: [Parameter(name: "p", value: 1)])
            == ["error: the model has no stocks, flows or auxiliaries: there is nothing to run; define at least one variable"])
    }
}

/// Powers of units: `x ^ 1e300` trapped converting the power to Int, and a unit such as
/// `FLOP^9223372036854775807` overflowed when multiplied.
struct UnitPowerLimitTests {
    func check(_ equation: String, unit: String = "FLOP", parameterUnit: String = "FLOP") throws -> [String] {
        let variable = Variable.auxiliary("x", Equation(equation), unit: unit)
        let model = try Compiler.compile(ModelDefinition(variables: [variable], parameters: [Parameter(name: "p", value: 1, unit: parameterUnit)]))
        return UnitChecker.check(model.equations, parameterUnits: ["p": parameterUnit], tableUnits: [:])
            .map(\.description)
    }

    @Test func aHugePowerIsAWarningNotATrap() throws {
        #expect(try check("p ^ 1e300") == ["warning: in the equation of 'x': 'p' in FLOP is raised to the power 1e+300, past the largest a unit can carry; "
            + "check the units of the terms"])
        #expect(try check("p ^ 600 * p ^ 600", unit: "FLOP^1200").contains { $0.contains("cannot read the unit of 'x'") })
        #expect(try check("p ^ 2", unit: "FLOP^2").isEmpty)
        #expect(try check("p ^ 1e300", unit: "dimensionless", parameterUnit: "dimensionless").isEmpty)
    }

    /// A unit of 100,000 nested brackets overflowed the stack of the unit parser.
    @Test func aUnitNestedTooDeepIsUnreadable() {
        #expect(Unit(parsing: String(repeating: "(", count: 100_000) + "FLOP" + String(repeating: ")", count: 100_000)) == nil)
        #expect(Unit(parsing: String(repeating: "(", count: 10) + "FLOP" + String(repeating: ")", count: 10)) == Unit(parsing: "FLOP"))
    }

    @Test func aUnitWithAHugePowerIsUnreadable() {
        #expect(Unit(parsing: "FLOP^9223372036854775807") == nil)
        #expect(Unit(parsing: "FLOP^1000") != nil)
        #expect(Unit(parsing: "FLOP^2")?.raised(toAtMost: 600) == nil)
    }
}
