import Testing
import Dynamics
import TestSupport

/// Arrays in the engine: dimensions, apply-to-all and per-element equations, subscripts,
/// broadcasting, array functions and arrayed stocks, each against a value worked out by hand.
struct ArrayTests {
    static let employer = ArrayDimension(name: "employer", elements: ["closed", "open", "applied"])
    static let level = ArrayDimension(name: "level", elements: ["junior", "senior"])
    static let senior = ArrayDimension(name: "senior_levels", elements: ["senior"])

    /// `p[e] = values[e]` as parameters element by element.
    static func arrayed(_ name: String, _ dimension: ArrayDimension, _ values: [Double]) -> [Parameter] {
        zip(dimension.elements, values).map { Parameter(name: ArrayElement.name(name, [$0]), value: $1) }
    }

    func run(_ variables: [Variable], parameters: [Parameter] = [], arrays: [ArrayDeclaration] = [], aliases: [Alias] = [],
             dimensions: [ArrayDimension] = [employer, level, senior], to stop: Double = 1, dt: Double = 1) throws -> RunResult {
        let definition = ModelDefinition(variables: variables, parameters: parameters, dimensions: dimensions, arrays: arrays, aliases: aliases)
        return try Compiler.compile(definition).run(RunSettings(start: 0, stop: stop, dt: dt))
    }

    func problems(_ variables: [Variable], parameters: [Parameter] = [], arrays: [ArrayDeclaration] = []) -> [String] {
        do {
            _ = try run(variables, parameters: parameters, arrays: arrays)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    static let weights = arrayed("w", employer, [1, 2, 4])
    static let weightArray = [ArrayDeclaration(name: "w", dimensions: ["employer"])]

    func arrayed(_ variable: Variable, _ dimensions: [String], elements: [ElementEquation] = []) -> Variable {
        var variable = variable
        variable.dimensions = dimensions
        variable.elementEquations = elements
        return variable
    }

    @Test func applyToAllWithADefaultAndAnException() throws {
        let y = arrayed(.auxiliary("y", "w[employer] * 10 + employer"), ["employer"], elements: [ElementEquation(["open"], "-1")])
        let result = try run([y], parameters: Self.weights, arrays: Self.weightArray)
        #expect(result.series("y[closed]") == [11, 11])
        #expect(result.series("y[open]") == [-1, -1])
        #expect(result.series("y[applied]") == [43, 43])
    }

    @Test func aBareArrayIsItsCurrentElementAndWholeInsideArrayFunctions() throws {
        let share = arrayed(.auxiliary("share", "w / sum(w)"), ["employer"])
        let result = try run([share, .auxiliary("total", "sum(w[*])"), .auxiliary("average", "mean(w)"),
                              .auxiliary("top", "max(w)"), .auxiliary("product", "prod(w)"), .auxiliary("count", "size(w)"),
                              .auxiliary("spread", "stddev(w)"), .auxiliary("smallest", "rank(w, 1)"), .auxiliary("largest", "rank(w, 3)")],
                             parameters: Self.weights, arrays: Self.weightArray)
        #expect(result.series("share[applied]")![0] == 4.0 / 7)
        #expect(result.series("total")![0] == 7)
        #expect(result.series("average")![0] == 7.0 / 3)
        #expect(result.series("top")![0] == 4)
        #expect(result.series("product")![0] == 8)
        #expect(result.series("count")![0] == 3)
        // Population standard deviation of 1, 2, 4.
        #expect(abs(result.series("spread")![0] - (14.0 / 9).squareRoot()) < 1e-12)
        #expect(result.series("smallest")![0] == 1)
        #expect(result.series("largest")![0] == 3)
    }

    @Test func broadcastingByDimensionNameAndCrossProducts() throws {
        let levelPay = Self.arrayed("l", Self.level, [10, 20])
        let grid = arrayed(.auxiliary("grid", "w + l"), ["level", "employer"])
        let result = try run([grid, .auxiliary("cross", "sum(w[*] * l[*])"), .auxiliary("paired", "sum(w[*] * w[*])")],
                             parameters: Self.weights + levelPay,
                             arrays: Self.weightArray + [ArrayDeclaration(name: "l", dimensions: ["level"])])
        #expect(result.series("grid[senior,applied]")![0] == 24)
        #expect(result.series("grid[junior,closed]")![0] == 11)
        // Different dimensions multiply out: (1 + 2 + 4) · (10 + 20); the same one pairs up: 1 + 4 + 16.
        #expect(result.series("cross")![0] == 210)
        #expect(result.series("paired")![0] == 21)
    }

    @Test func wildcardsRangesPositionsAndRunTimeIndices() throws {
        let matrix = arrayed(.auxiliary("m", "w[employer] * l[level]"), ["employer", "level"])
        let rows = arrayed(.auxiliary("row", "sum(m[employer, *])"), ["employer"])
        let result = try run([matrix, rows, .auxiliary("column", "sum(m[*, senior])"), .auxiliary("first_two", "sum(w[1:2])"),
                              .auxiliary("by_name", "sum(w[closed:open])"), .auxiliary("second", "w[2]"),
                              .auxiliary("picked", "w[1 + int(time)]"), .auxiliary("seniors", "sum(m[closed, *:senior_levels])")],
                             parameters: Self.weights + Self.arrayed("l", Self.level, [10, 20]),
                             arrays: Self.weightArray + [ArrayDeclaration(name: "l", dimensions: ["level"])], to: 2)
        #expect(result.series("row[open]")![0] == 60)
        #expect(result.series("column")![0] == 140)
        #expect(result.series("first_two")![0] == 3)
        #expect(result.series("by_name")![0] == 3)
        #expect(result.series("second")![0] == 2)
        #expect(result.series("picked") == [1, 2, 4])
        #expect(result.series("seniors")![0] == 20)
    }

    @Test func subrangesMapByElementNameAndTransposeReversesAxes() throws {
        let seniorPay = arrayed(.auxiliary("senior_pay", "l[senior_levels] * 2"), ["senior_levels"])
        let matrix = arrayed(.auxiliary("m", "w[employer] * 10 + l[level]"), ["employer", "level"])
        let flipped = arrayed(.auxiliary("t", "m'"), ["level", "employer"])
        let result = try run([seniorPay, matrix, flipped], parameters: Self.weights + Self.arrayed("l", Self.level, [1, 2]),
                             arrays: Self.weightArray + [ArrayDeclaration(name: "l", dimensions: ["level"])])
        #expect(result.series("senior_pay[senior]")![0] == 4)
        #expect(result.series("t[junior,applied]")![0] == 41)
        #expect(result.series("t[senior,closed]")![0] == 12)
    }

    @Test func arrayedStocksIntegrateTheirOwnFlowsAndStatefulFunctionsKeepStatePerElement() throws {
        let stock = arrayed(.stock("s", initial: "w", inflows: ["f"]), ["employer"])
        let flow = arrayed(.flow("f", "s * 0.5"), ["employer"])
        let smooth = arrayed(.auxiliary("sm", "smooth(w * time, 1, 0)"), ["employer"])
        let result = try run([stock, flow, smooth], parameters: Self.weights, arrays: Self.weightArray, to: 1, dt: 0.5)
        // RK4 of ds/dt = s/2 over one step of 0.5 from w: w · (1 + z + z²/2 + z³/6 + z⁴/24), z = 0.25.
        let z = 0.25, growth = 1 + z + z * z / 2 + z * z * z / 6 + z * z * z * z / 24
        #expect(abs(result.series("s[applied]")![1] - 4 * growth) < 1e-12)
        #expect(abs(result.series("s[closed]")![1] - growth) < 1e-12)
        let closed = result.series("sm[closed]")!, applied = result.series("sm[applied]")!
        #expect(closed[2] > 0 && abs(applied[2] / closed[2] - 4) < 1e-12)
    }

    @Test func aStockFedByAFlowOverMoreDimensionsTakesEveryElementOfIt() throws {
        // A scalar job market that every employer's departures fill and every employer's hires drain.
        let market = Variable.stock("market", initial: "10", inflows: ["departures"], outflows: ["hires"])
        let staff = arrayed(.stock("staff", initial: "w", inflows: ["hires"], outflows: ["departures"]), ["employer"])
        let departures = arrayed(.flow("departures", "staff * 0.5"), ["employer"])
        let hires = arrayed(.flow("hires", "w"), ["employer"])
        let result = try run([market, staff, departures, hires], parameters: Self.weights, arrays: Self.weightArray, to: 1, dt: 1)
        // What the market gains is what the employers lose.
        let total = { (k: Int) in result.series("market")![k] + ["closed", "open", "applied"].map { result.series("staff[\($0)]")![k] }.reduce(0, +) }
        #expect(abs(total(1) - total(0)) < 1e-12)
        let flat = try Compiler.flatten(ModelDefinition(variables: [market, staff, departures, hires], parameters: Self.weights,
                                                        dimensions: [Self.employer], arrays: Self.weightArray))
        let role = try #require(flat.variables.first { $0.name == "market" }?.role)
        #expect(role == .stock(inflows: ["departures[closed]", "departures[open]", "departures[applied]"],
                               outflows: ["hires[closed]", "hires[open]", "hires[applied]"], nonNegative: false))
        #expect(flat.dimensions.isEmpty && flat.variables.count == 10)
        // The flat model compiles again to the same numbers.
        let again = try Compiler.compile(flat).run(RunSettings(start: 0, stop: 1, dt: 1))
        #expect(again.series("staff[open]") == result.series("staff[open]"))
        // A stock over a dimension its flow lacks is still a mistake.
        let problems = problems([arrayed(.stock("s", initial: "1", inflows: ["f"]), ["employer"]), .flow("f", "1")])
        #expect(problems.first?.contains("flow 'f' of stock 's' does not range over every dimension of the stock") == true, "\(problems)")
    }

    @Test func dependenciesFollowAliases() throws {
        let y = arrayed(.auxiliary("y", "w * time"), ["employer"])
        let definition = ModelDefinition(variables: [y, .auxiliary("z", "y[open] + 1")], parameters: Self.weights,
                                         dimensions: [Self.employer], arrays: Self.weightArray, aliases: [Alias(name: "y_open", target: "y[open]")])
        let graph = DependencyGraph(try Compiler.compile(definition))
        #expect(graph.influences("y_open", "z"))
        #expect(graph.influences("y[open]", "z"))
        #expect(!graph.influences("y_closed", "z"))
    }

    @Test func aliasesNameElements() throws {
        let y = arrayed(.auxiliary("y", "w * 3"), ["employer"])
        let result = try run([y], parameters: Self.weights, arrays: Self.weightArray, aliases: [Alias(name: "y_open", target: "y[open]")])
        #expect(result.series("y_open") == result.series("y[open]"))
        #expect(result.series("y_open")![0] == 6)
    }

    @Test(arguments: [
        ("w[opne]", "'opne' is not an element of 'employer'; did you mean 'open'?"),
        ("w[closed, junior]", "'w' has 1 dimension, but the subscript gives 2; give one index per dimension"),
        ("w[4]", "element 4 of 'employer' does not exist; it has 3; count elements from 1"),
        ("w", "'w' ranges over 'employer', which the equation of 'x' does not"),
        ("w[level]", "'level' is not a dimension of 'w', whose subscript here ranges over 'employer'"),
        ("sum(w[*] + q)", "unknown name 'q' in the equation of 'x'"),
        ("x_scalar[1]", "'x_scalar' is not an array, so it takes no subscript; remove the subscript"),
        ("w[*]", "the equation of 'x' gives values over 'employer', which 'x' does not range over"),
    ])
    func mistakesAreLocatedWithAHint(_ equation: String, _ message: String) {
        let origin = SourceLocation(file: "m.json5", line: 3, column: 10)
        let found = problems([.auxiliary("x", Equation(equation, origin: origin)), .auxiliary("x_scalar", "1")],
                             parameters: Self.weights, arrays: Self.weightArray)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains(message) == true, "\(found)")
        #expect(found.first?.hasPrefix("m.json5:3:") == true, "\(found)")
    }

    @Test func anElementWithoutAnEquationIsAnError() {
        var y = arrayed(.auxiliary("y", ""), ["employer"], elements: [ElementEquation(["open"], "1"), ElementEquation(["closed"], "2")])
        y.origin = SourceLocation(file: "m.json5", line: 2, column: 3)
        #expect(problems([y]) == ["m.json5:2:3: error: y[applied] has no equation: 'y' has no equation for all its elements and none for this one; give an equation for all elements, or one for this element"])
    }
}
