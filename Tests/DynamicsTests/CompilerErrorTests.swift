import Testing
import Dynamics
import TestSupport

/// Compile and run errors: message and position.
struct CompilerErrorTests {
    let origin = SourceLocation(file: "model.json5", line: 7, column: 20)

    func located(_ name: String, _ equation: String) -> Variable {
        var variable = Variable.auxiliary(name, Equation(equation, origin: origin))
        variable.origin = SourceLocation(file: "model.json5", line: 7, column: 5)
        return variable
    }

    @Test func parseErrorPointsIntoTheFile() {
        #expect(problems([located("x", "1 + * 2")])
            == ["model.json5:7:24: error: in the equation of 'x': expected a number, a name or '(', found '*'"])
    }

    @Test func unknownNameSuggestsTheClosest() {
        #expect(problems([located("x", "2 * hardwre_growth")], parameters: [Parameter(name: "hardware_growth", value: 1.4)])
            == ["model.json5:7:24: error: unknown name 'hardwre_growth' in the equation of 'x'; did you mean 'hardware_growth'?"])
    }

    @Test func unknownFunctionAndWrongArgumentCount() {
        #expect(problems([located("x", "smoth(1, 2)")])
            == ["model.json5:7:20: error: unknown function 'smoth'; did you mean 'smooth'?"])
        #expect(problems([located("x", "1 + clamp(1, 2)")])
            == ["model.json5:7:24: error: clamp() takes 3 arguments, not 2; write clamp(x, low, high)"])
    }

    @Test func algebraicLoopIsNamed() {
        #expect(problems([.auxiliary("a", "c + 1"), .auxiliary("b", "a * 2"), .auxiliary("c", "b - 1")])
            == ["error: algebraic loop: a -> b -> c -> a; break it with a stock, or smooth() or delay1() one of these"])
    }

    @Test func aLoopThroughAStockIsFine() {
        #expect(problems([.stock("s", initial: "1", inflows: ["f"]), .flow("f", "s * 0.1")]).isEmpty)
    }

    @Test func aLoopThroughSmoothIsFine() {
        #expect(problems([.auxiliary("a", "smooth(b, 1, 0) + 1"), .auxiliary("b", "a / 2")]).isEmpty)
    }

    @Test func initialValuesThatDependOnEachOther() {
        #expect(problems([.stock("a", initial: "b"), .stock("b", initial: "a")])
            == ["error: initial values depend on each other: a -> b -> a; give one of these stocks an initial value that does not depend on the others"])
    }

    @Test func nanDuringARunNamesTheVariableAndTime() {
        #expect(problems([.auxiliary("x", "ln(1 - time)"), .auxiliary("y", "x * 2")], to: 2, dt: 0.25)
            == ["error: 'x' became infinite at time 1; look for a division by zero, ln or sqrt of a negative number, or growth that overflows"])
        #expect(problems([.auxiliary("x", "sqrt(1 - time)")], to: 2, dt: 0.25)
            == ["error: 'x' became not a number (NaN) at time 1.25; look for a division by zero, ln or sqrt of a negative number, or growth that overflows"])
    }

    @Test func duplicateAndReservedNames() {
        #expect(problems([.auxiliary("x", "1"), .auxiliary("time", "2")], parameters: [Parameter(name: "x", value: 1)])
            == ["error: 'time' is a reserved name; choose another name", "error: 'x' is defined twice; rename or remove one of them"])
    }

    @Test func stockFlowsMustExist() {
        #expect(problems([.stock("s", initial: "0", inflows: ["grwth"]), .flow("growth", "1")])
            == ["error: stock 's' lists the unknown flow 'grwth'; did you mean 'growth'?"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        #expect(problems([.auxiliary("a", "b1 + 1"), .auxiliary("c", "d1 * 2"), .auxiliary("b", "1"), .auxiliary("d", "1")]).count == 2)
    }
}
