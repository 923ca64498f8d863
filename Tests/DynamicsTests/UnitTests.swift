import Testing
import Dynamics

/// Dimensional analysis: unit algebra and the checker's messages.
struct UnitTests {
    @Test(arguments: [("$/people/year", "$/people/year"), ("FLOP/$", "FLOP/$"), ("1/year", "1/year"), ("dimensionless", "dimensionless"),
                      ("person", "people"), ("$/(people*year)", "$/people/year"), ("FLOP^2/FLOP", "FLOP"), ("years", "year")])
    func parsesAndPrints(text: String, printed: String) throws {
        #expect(try #require(Unit(parsing: text)).description == printed)
    }

    @Test func algebra() throws {
        let flopPerDollar = try #require(Unit(parsing: "FLOP/$")), dollars = try #require(Unit(parsing: "$"))
        #expect(flopPerDollar * dollars == Unit(parsing: "FLOP"))
        #expect(Unit(parsing: "FLOP^2")?.squareRoot == Unit(parsing: "FLOP"))
        #expect(Unit(parsing: "FLOP")?.squareRoot == nil)
        #expect(Unit(parsing: "FLOP/") == nil)
    }

    func check(_ variables: [Variable], parameters: [Parameter] = []) throws -> [String] {
        let model = try Compiler.compile(ModelDefinition(variables: variables, parameters: parameters))
        let units = Dictionary(parameters.map { ($0.name, $0.unit) }, uniquingKeysWith: { a, _ in a })
        return UnitChecker.check(model.equations, parameterUnits: units, tableUnits: [:]).map(\.description)
    }

    @Test func namesTheTermThatDisagrees() throws {
        var x = Variable.auxiliary("x", Equation("compute + budget", origin: SourceLocation(file: "m.json5", line: 3, column: 20)), unit: "FLOP")
        x.origin = SourceLocation(file: "m.json5", line: 3, column: 5)
        let problems = try check([x], parameters: [Parameter(name: "compute", value: 1, unit: "FLOP"), Parameter(name: "budget", value: 1, unit: "$")])
        #expect(problems == ["m.json5:3:30: warning: in the equation of 'x': cannot add FLOP and $: 'budget' is in $; check the units of the terms"])
    }

    @Test func npvIsTheStreamTimesAYearAndTakesARatePerYear() throws {
        let parameters = [Parameter(name: "cash", value: 1, unit: "$/year"), Parameter(name: "rate", value: 0.1, unit: "1/year"),
                          Parameter(name: "years", value: 2, unit: "year")]
        #expect(try check([.auxiliary("value", "npv(cash, rate)", unit: "$")], parameters: parameters).isEmpty)
        let wrong = try check([.auxiliary("value", "npv(cash, years, 0, years)", unit: "$")], parameters: parameters)
        #expect(wrong.contains { $0.contains("the discount rate of npv()") && $0.contains("'years'") })
        #expect(wrong.contains { $0.contains("the factor of npv()") })
    }

    /// Each builtin's unit rule, from its table entry: (equation, declared unit, a warning it
    /// must give, or nil for none). `cash` is in $, `rate` in 1/year, `years` in year.
    static let rules: [(String, String, String?)] = [
        ("step(cash, years)", "$", nil),
        ("step(cash, cash)", "$", "the time of step()"),
        ("ramp(cash, years, years)", "$*year", nil),
        ("pulse_train(cash, years)", "$/year", nil),
        ("smooth(cash, years, cash)", "$", nil),
        ("smooth(cash, years, rate)", "$", "cannot start smooth() of $ and 1/year"),
        ("delayn(cash, years, 3, years)", "$", "cannot start delayn() of $ and year"),
        ("forcst(cash, years, cash)", "$", "the horizon of forcst()"),
        ("trend(cash, years)", "1/year", nil),
        ("if(rate > 0, cash, years)", "$", "cannot choose between $ and year"),
        ("min(cash, years)", "$", "cannot compare $ and year"),
        ("exp(cash)", "dimensionless", "the argument of exp()"),
        ("sqrt(cash * cash)", "$", nil),
        ("safediv(cash, years, rate)", "$/year", "1/year"),
        ("normal(cash, cash, 0, cash, years)", "$", "cannot draw normal() from $ and year"),
        ("uniform(cash, cash, 7)", "$", nil),
        ("poisson(years)", "dimensionless", "the rate of poisson()"),
        ("npv(cash, rate, cash)", "$*year", "the initial value of npv()"),
    ]

    @Test(arguments: 0..<rules.count)
    func eachBuiltinFollowsItsUnitRule(_ index: Int) throws {
        let (equation, unit, warning) = Self.rules[index]
        let parameters = [Parameter(name: "cash", value: 1, unit: "$"), Parameter(name: "rate", value: 0.1, unit: "1/year"),
                          Parameter(name: "years", value: 2, unit: "year")]
        let found = try check([.auxiliary("x", Equation(equation), unit: unit)], parameters: parameters)
        if let warning {
            #expect(found.contains { $0.contains(warning) }, "\(equation): \(found)")
        } else {
            #expect(found.isEmpty, "\(equation): \(found)")
        }
    }

    @Test func aFlowMustBeItsStocksUnitPerYear() throws {
        let problems = try check([
            .stock("s", initial: "1", inflows: ["f"], unit: "people"),
            .flow("f", "2", unit: "people"),
        ])
        #expect(problems.contains("warning: flow 'f' is in people, but stock 's' needs people/year; a flow's unit is its stock's unit per year"))
    }

    @Test func growthFactorConventionAndNumbersAdapt() throws {
        let problems = try check([
            .stock("s", initial: "1", inflows: ["g"], unit: "FLOP"),
            .flow("g", "s * ln(growth)", unit: "FLOP/year"),
            .auxiliary("later", "s * growth ^ (time - 2025)", unit: "FLOP"),
            .auxiliary("floor", "max(s, 1e25)", unit: "FLOP"),
            .auxiliary("smoothed", "smooth(s, 2)", unit: "FLOP"),
            .auxiliary("pace", "trend(s, 1)", unit: "1/year"),
        ], parameters: [Parameter(name: "growth", value: 1.4, unit: "1/year")])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func declaredAndComputedUnitsMustAgree() throws {
        let problems = try check([.auxiliary("cost", "compute / price", unit: "$")],
                                 parameters: [Parameter(name: "compute", value: 1, unit: "FLOP"), Parameter(name: "price", value: 1, unit: "FLOP/$/year")])
        #expect(problems == ["warning: the equation of 'cost' is in $*year, but 'cost' is declared in $; fix the equation or the declared unit"])
    }
}
