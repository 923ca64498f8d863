import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Each bad input is the fixture with one file replaced; `⏚` marks where the error must point.
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let marked: String
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "x0: { value: 1, unit", with: "x0: { value: 1, ⏚unti"),
             message: "error: unknown key 'unti' in parameter 'x0'; did you mean 'unit'?"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "value: 2, low", with: "value: ⏚\"2\", low"),
             message: "error: 'value' of parameter 'rate' must be a number, not a string"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "x0: { value: 1, unit: \"FLOP\", source: \"a source\" },", with: "⏚x0: { value: 1, unit: \"FLOP\" },"),
             message: "error: parameter 'x0' has no 'source'; cite where the number comes from, or write source: \"judgement: <why>\""),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "x0: { value: 1, unit: \"FLOP\", ", with: "⏚x0: { value: 1, "),
             message: "error: parameter 'x0' has no 'unit'; add unit: \"…\" (\"dimensionless\" for pure numbers)"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "value: 2, low", with: "value: ⏚5, low"),
             message: "error: parameter 'rate' has value 5.0 outside its range [1.0, 3.0]; move the value into the range or widen the range"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "low: 1, high: 3", with: "low: ⏚4, high: 3"),
             message: "error: parameter 'rate' has low 4.0 above high 3.0; swap them"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "value: 1, unit", with: "value: ⏚NaN, unit"),
             message: "error: 'value' of parameter 'x0' is nan; give a finite number"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "x: [2025, 2030]", with: "x: [2030, ⏚2025]"),
             message: "error: table 'curve' x values must increase, but x[1] = 2025.0 follows 2030.0; sort the points by x and drop duplicates"),
        Case(path: "base.json5", marked: Fixture.base.replacingOccurrences(of: "    rate: {", with: "    ⏚doubled: { value: 1, unit: \"FLOP\", source: \"s\" },\n    rate: {"),
             message: "error: 'doubled' is defined twice (first defined at a/model/growth.json5:12:5); rename or remove one of them"),
        Case(path: "model/growth.json5", marked: Fixture.model.replacingOccurrences(of: "\"x * ln(rate)\"", with: "\"x * ln(⏚rte)\""),
             message: "error: unknown name 'rte' in the equation of 'growth'; did you mean 'rate'?"),
        Case(path: "model/growth.json5", marked: Fixture.model.replacingOccurrences(of: "\"x * ln(rate)\"", with: "\"x * ln(rate)⏚)\""),
             message: "error: in the equation of 'growth': unexpected ')' after a complete expression; is an operator or a comma missing?"),
        Case(path: "scenarios/fast.json5", marked: "{ extends: \"base\", set: { ⏚rat: 2.5 } }",
             message: "error: unknown parameter 'rat'; did you mean 'rate'?"),
        Case(path: "scenarios/fast.json5", marked: "{ extends: ⏚\"bse\", set: { rate: 2.5 } }",
             message: "error: scenario 'fast' extends 'bse', which does not exist; did you mean 'base'?"),
        Case(path: "scenarios/fast.json5", marked: "{ set: { rate: 2 }, events: [{ at: ⏚\"2031Q1\", set: { rate: 2.5 } }] }",
             message: "error: the event at 2031Q1 is outside the run, 2025Q1–2027Q4; move it inside the run or remove it"),
        Case(path: "scenarios/fast.json5", marked: "{ set: { rate: 2 }, events: [{ at: ⏚\"2031-01\", set: { rate: 2.5 } }] }",
             message: "error: 'at' must be a quarter such as \"2027Q1\", not \"2031-01\""),
        Case(path: "scenarios/fast.json5", marked: "{ extends: \"base\", set: { rate: 2.5 }\n⏚",
             message: "unexpected end of file"),
        Case(path: "scenarios/fast.json5", marked: "⏚",
             message: "the file is empty"),
        Case(path: "scenarios/fast.json5", marked: "{ schema: ⏚2, set: { rate: 2.5 } }",
             message: "error: a/scenarios/fast.json5 is written for schema 2, but this forecast reads schema 1; update forecast, or write the file for schema 1"),
        Case(path: "scenarios/fast.json5", marked: "\u{FEFF}{\r\n\textends: \"base\",\r\n\tset: {\r\n\t\t⏚rat: 2.5 } }",
             message: "error: unknown parameter 'rat'; did you mean 'rate'?"),
        Case(path: "report.json5", marked: "{ headline: [⏚\"xx\"] }",
             message: "error: the report names 'xx', which is not a variable; did you mean 'x'?"),
        // A body table holds at most six numeric columns.
        Case(path: "report.json5", marked: "{ headline: [\"x\"], key_indicators: ⏚[\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"] }",
             message: "error: 'key_indicators' lists 7 series; a report table has at most 6 numeric columns"),
        Case(path: "report.json5", marked: "{ headline: [\"x\"], scenario_table: ⏚[\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"] }",
             message: "error: 'scenario_table' lists 8 series; a report table has at most 6 numeric columns"),
        Case(path: "report.json5", marked: "{ headline: [\"x\"], labels: { x: ⏚3 } }",
             message: "error: "),
        Case(path: "report.json5", marked: "{ headline: [\"x\"], charts: [{ name: \"c\", series: [\"x\"], appendix: ⏚\"yes\" }] }",
             message: "error: "),
    ]

    @Test(arguments: cases)
    func isReportedAtItsPosition(_ bad: Case) throws {
        let marked = Marked(bad.marked)
        let file = "a/\(bad.path)"
        do {
            _ = try Fixture.load(Fixture.with(bad.path, marked.text))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            let match = list.diagnostics.first { "\($0)".contains(bad.message) }
            #expect(match != nil, "got:\n\(list)")
            if let match {
                #expect(match.location?.file == file, "got \(match)")
                #expect(match.location?.position.description == marked.position, "got \(match)")
            }
        }
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() throws {
        let base = Fixture.base.replacingOccurrences(of: "value: 1, unit", with: "value: 1, unti")
            .replacingOccurrences(of: "low: 1, high: 3", with: "low: 4, high: 3")
        let model = Fixture.model.replacingOccurrences(of: "\"x * ln(rate)\"", with: "\"x * ln(rte)\"")
        var files = Fixture.files
        files["base.json5"] = base
        files["model/growth.json5"] = model
        do {
            _ = try Fixture.load(AssumptionFiles(root: "a", files: files))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            let places = list.diagnostics.compactMap { $0.location.map { "\($0.file ?? ""):\($0.position.line)" } }
            #expect(places == places.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
            #expect(list.errors.count >= 4, "\(list)")
        }
    }

    @Test func anUnusedParameterWarns() throws {
        let withExtra = Fixture.base.replacingOccurrences(of: "    rate: {", with: "    spare: { value: 1, unit: \"FLOP\", source: \"s\" },\n    rate: {")
        let loaded = try Fixture.load(Fixture.with("base.json5", withExtra))
        #expect(loaded.warnings.map(\.description) == ["a/base.json5:7:5: warning: parameter 'spare' is not used by any equation; remove it, or use it in an equation"])
    }

    @Test func aNearMissOfAnUndefinedNameIsAnErrorAtTheParameter() throws {
        // The equation reads 'rate'; base defines 'rtae' instead.
        let base = Fixture.base.replacingOccurrences(of: "    rate: {", with: "    rtae: {")
        do {
            _ = try Fixture.load(Fixture.with("base.json5", base))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.map(\.description).contains(
                "a/base.json5:7:5: error: parameter 'rtae' is not used, but the equations read 'rate', which nothing defines; did you mean 'rate'?"), "\(list)")
        }
    }

    @Test func aTenMegabyteFileIsHandledQuickly() throws {
        var big = "{ extends: \"base\", set: { rate: 2 }, description: \""
        big += String(repeating: "long text ", count: 1_000_000)
        big += "\" }"
        let assumptions = try Fixture.load(Fixture.with("scenarios/fast.json5", big))
        #expect(assumptions.scenarioNames.contains("fast"))
    }

    @Test func scenariosExtendingInACircleAreRejected() throws {
        var files = Fixture.files
        files["scenarios/fast.json5"] = "{ extends: \"faster\" }"
        files["scenarios/faster.json5"] = "{ extends: \"fast\" }"
        do {
            _ = try Fixture.load(AssumptionFiles(root: "a", files: files))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.contains { $0.message.hasPrefix("scenarios extend each other in a circle: ") }, "\(list)")
        }
    }
}

/// Rank correlations for Monte Carlo in base.json5.
struct CorrelationInputTests {
    func load(_ correlations: String, rangedX0: Bool = false) throws -> Assumptions {
        var base = Fixture.base.replacingOccurrences(of: "  tables: {", with: "  correlations: \(correlations),\n  tables: {")
        if rangedX0 { base = base.replacingOccurrences(of: "x0: { value: 1, unit:", with: "x0: { value: 1, low: 0.5, high: 2, unit:") }
        return try Fixture.load(Fixture.with("base.json5", base))
    }

    @Test func aValidCorrelationLoads() throws {
        let assumptions = try load("[{ parameters: [\"rate\", \"x0\"], rank: -0.4, source: \"judgement: they move apart\" }]", rangedX0: true)
        #expect(assumptions.correlations.count == 1)
        #expect(assumptions.correlations.first.map { [$0.0, $0.1] } == ["rate", "x0"])
        #expect(assumptions.correlations.first?.2 == -0.4)
    }

    @Test(arguments: [
        ("[{ parameters: [\"rate\", \"rat\"], rank: 0.5, source: \"s\" }]", "the correlation names the unknown parameter 'rat'"),
        ("[{ parameters: [\"rate\", \"x0\"], rank: 0.5, source: \"s\" }]", "the correlation names 'x0', which Monte Carlo does not draw"),
        ("[{ parameters: [\"rate\", \"x0\"], rank: 1.5, source: \"s\" }]", "a rank correlation must lie strictly between -1 and 1, not 1.5"),
        ("[{ parameters: [\"rate\", \"x0\"], rank: 0.5 }]", "a correlation has no 'source'"),
    ])
    func badCorrelationsAreReported(correlations: String, message: String) throws {
        do {
            _ = try load(correlations)
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.contains { $0.message == message }, "\(list)")
        }
    }
}
