import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Bad input found by fuzzing, each reduced to its smallest form: the fixture with one file
/// replaced, which must give a located error (`⏚` marks where) and never a crash.
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let marked: String
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        // The code generator indexed the first variable of a model that had none.
        Case(path: "model/growth.json5", marked: "⏚{ schema: 1, stocks: {} }",
             message: "error: the model files of a define no stocks, flows or auxiliaries"),
        // The run settings of files other than base were checked only when a run started, and
        // reported without a place: "scenario 'backtest': the run stops at 2020.0 …".
        Case(path: "backtest.json5", marked: "{ time: ⏚{ start: \"2020Q1\", end: \"2020Q1\" } }",
             message: "error: the run stops at 2020.0, not after its start 2020.0; make the end later than the start"),
        Case(path: "scenarios/fast.json5", marked: "{ set: { rate: 2 }, time: ⏚{ step: 0.3 } }",
             message: "error: the run from 2025.0 to 2027.75 is not a whole number of steps of 0.3"),
        Case(path: "scenarios/fast.json5", marked: "{ set: { rate: 2 }, time: ⏚{ step: -1 } }",
             message: "error: the time step must be positive, not -1.0"),
        // A year past Int's range trapped where the run's quarters were worked out.
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "start: \"2025Q1\"", with: "start: ⏚1e19"),
             message: "error: 'start' of 'time' must be a year from 1 to 9999, not 1e+19"),
        Case(path: "scenarios/fast.json5", marked: "{ time: { end: ⏚-Infinity } }",
             message: "error: 'end' of 'time' is -inf; give a finite number"),
    ]

    @Test(arguments: cases)
    func isReportedAtItsPosition(_ bad: Case) throws {
        let marked = Marked(bad.marked)
        do {
            _ = try Fixture.load(Fixture.with(bad.path, marked.text))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            let match = list.diagnostics.first { "\($0)".contains(bad.message) }
            #expect(match != nil, "got:\n\(list)")
            if let match {
                #expect(match.location?.file == "a/\(bad.path)", "got \(match)")
                #expect(match.location?.position.description == marked.position, "got \(match)")
            }
        }
    }

    /// `{x@+9223372036854775807y}` in a headline overflowed adding the years.
    @Test func aHeadlineYearOffsetPastAnyQuarterIsNoQuarter() {
        let start = Quarter(year: 2026, quarter: 4), end = Quarter(year: 2035, quarter: 4)
        #expect(HeadlineTemplate.quarter("+9223372036854775807y", start: start, end: end) == nil)
        #expect(HeadlineTemplate.quarter("+5y", start: start, end: end) == Quarter(year: 2031, quarter: 4))
        #expect(Quarter(containing: .infinity).year > 0)
        #expect(Quarter(containing: .nan).year == 0)
    }

    /// A parameter's unit that cannot be read was warned about without a place.
    @Test func anUnreadableParameterUnitIsWarnedAboutAtTheParameter() throws {
        let marked = Marked(Fixture.base.replacingOccurrences(of: "    rate: {", with: "    ⏚rate: {").replacingOccurrences(of: "unit: \"1/year\"", with: "unit: \"1/yea**r\""))
        let assumptions = try Fixture.load(Fixture.with("base.json5", marked.text))
        let compiled = try CompiledScenario(Scenario.resolve("base", in: assumptions))
        let warning = try #require(compiled.unitProblems().first { $0.message == "cannot read the unit of 'rate'" })
        #expect(warning.location?.file == "a/base.json5")
        #expect(warning.location?.position.description == marked.position)
    }

    /// A parameter's timed changes were a chain of ifs as long as the changes: 20,000 of them
    /// overflowed the compiler's stack. Many changes now make a balanced choice, with the same values.
    @Test func manyTimedChangesOfAParameterRunWithTheRightValues() throws {
        let base = Fixture.base.replacingOccurrences(of: "end: \"2027Q4\"", with: "end: \"2036Q4\"")
        var events: [String] = [], expected: [Double] = [2]
        for k in 1..<40 {
            let value = 1 + Double(k % 9) / 10
            events.append("{ at: \"\(Quarter(containing: 2025 + Double(k) / 4).label)\", set: { rate: \(value) } }")
            expected.append(value)
        }
        var files = Fixture.files
        files["base.json5"] = base
        files["scenarios/fast.json5"] = "{ extends: \"base\", events: [\(events.joined(separator: ", "))] }"
        files["scenarios/faster.json5"] = nil
        let assumptions = try Fixture.load(AssumptionFiles(root: "a", files: files))
        let result = try CompiledScenario(Scenario.resolve("fast", in: assumptions)).run()
        let rate = try #require(result.series("rate"))
        #expect(Array(rate.prefix(40)) == expected)
        #expect(rate.last == expected.last)
        // 20,000 changes make a choice about 45 levels deep.
        let changes = (0..<20_000).map { ResolvedEvent(parameter: "p", at: Quarter(containing: 2026 + Double($0) / 4), value: Double($0)) }
        let definition = ModelBuilder.definition(variables: [], parameters: [.init(name: "p", value: 1)], tables: [], events: changes)
        func height(_ e: Dynamics.Expression) -> Int {
            switch e.kind {
            case .number, .name: 1
            case .unary(_, let operand): 1 + height(operand)
            case .binary(_, let lhs, let rhs): 1 + max(height(lhs), height(rhs))
            case .call(_, let arguments): 1 + (arguments.map(height).max() ?? 0)
            case .subscript: 1
            }
        }
        let expression = try #require(definition.variables.first { $0.name == "p" }?.equation.parsed)
        #expect(height(expression) < 64)
    }
}
