import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Mistakes with arrays in assumption files, each at its position (`⏚` marks where the error
/// must point) with a did-you-mean where one applies.
struct ArrayBadInputTests {
    static let model = """
    {
      dimensions: { employer: ["closed", "open", "academia"], level: ["junior", "senior"] },
      stocks: {
        staff: { dimensions: ["employer"], initial: "staff_start", inflows: ["hires"], unit: "people" },
      },
      flows: {
        hires: { dimensions: ["employer"], equation: "staff * growth", unit: "people/year" },
      },
      auxiliaries: {
        total: { equation: "sum(staff[*])", unit: "people" },
        pay: { dimensions: ["employer", "level"], equation: "base_pay * step_up[level]", unit: "$",
               elements: { "open,junior": "base_pay[open]" } },
      },
      aliases: { staff_open: "staff[open]" },
    }
    """

    static let base = """
    {
      time: { start: "2025Q1", end: "2026Q4", step: 0.25, method: "rk4", unit: "year" },
      parameters: {
        staff_start: { dimensions: ["employer"], unit: "people", source: "s", elements: { closed: 10, open: 5, academia: 20 } },
        growth: { dimensions: ["employer"], unit: "1/year", source: "s", elements: { closed: 0.1, open: 0.2, academia: 0.05 } },
        base_pay: { dimensions: ["employer"], unit: "$", source: "s", elements: { closed: 3, open: 2, academia: 1 } },
        step_up: { dimensions: ["level"], unit: "dimensionless", source: "s", elements: { junior: 1, senior: 2 } },
      },
    }
    """

    static func files(_ path: String, _ text: String) -> AssumptionFiles {
        var files = ["model/m.json5": model, "base.json5": base, "report.json5": "{ headline: [\"total\", \"staff_open\"] }",
                     "scenarios/fast.json5": "{ extends: \"base\", set: { growth: 0.3 } }"]
        files[path] = text
        return AssumptionFiles(root: "a", files: files)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let marked: String
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        // An unknown element: in an equation, in an element key, in a parameter's elements, in a scenario.
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "\"sum(staff[*])\"", with: "\"staff[⏚opne]\""),
             message: "error: 'opne' is not an element of 'employer'; did you mean 'open'?"),
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "{ \"open,junior\":", with: "{ ⏚\"open,junoir\":"),
             message: "error: 'junoir' is not an element of 'level'; did you mean 'junior'?"),
        Case(path: "base.json5", marked: base.replacingOccurrences(of: "closed: 0.1, open: 0.2", with: "closed: 0.1, ⏚opn: 0.2"),
             message: "error: 'opn' is not an element of 'employer'; did you mean 'open'?"),
        Case(path: "scenarios/fast.json5", marked: "{ extends: \"base\", set: { ⏚\"growth[opne]\": 0.3 } }",
             message: "error: 'growth' has no element 'opne'; did you mean 'open'?"),
        // A subscript with the wrong number of dimensions.
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "\"sum(staff[*])\"", with: "\"⏚staff[open, junior]\""),
             message: "error: 'staff' has 1 dimension, but the subscript gives 2; give one index per dimension"),
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "{ \"open,junior\":", with: "{ ⏚\"open\":"),
             message: "error: 'pay' has 2 dimensions, but the subscript gives 1; give one index per dimension"),
        // An element missing from a per-element definition.
        Case(path: "base.json5", marked: base.replacingOccurrences(of: "    ⏚growth: { dimensions", with: "").replacingOccurrences(of: "    growth: { dimensions: [\"employer\"], unit: \"1/year\", source: \"s\", elements: { closed: 0.1, open: 0.2, academia: 0.05 } },", with: "    ⏚growth: { dimensions: [\"employer\"], unit: \"1/year\", source: \"s\", elements: { closed: 0.1, open: 0.2 } },"),
             message: "error: growth[academia] is not given; give every element a value, under elements"),
        // A mismatch of dimensions: a bare array over a dimension the equation does not range over.
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "equation: \"sum(staff[*])\"", with: "equation: \"⏚staff + 1\""),
             message: "error: 'staff' ranges over 'employer', which the equation of 'total' does not"),
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "equation: \"sum(staff[*])\"", with: "equation: \"⏚staff[*] + step_up[*]\""),
             message: "error: the equation of 'total' gives values over 'employer', which 'total' does not range over"),
        // A sum over a dimension the operand does not have.
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "\"sum(staff[*])\"", with: "\"sum(staff[⏚level])\""),
             message: "error: 'level' is not a dimension of 'staff', whose subscript here ranges over 'employer'"),
        // Declarations.
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "hires: { dimensions: [\"employer\"]", with: "hires: { dimensions: [⏚\"employr\"]"),
             message: "error: unknown dimension 'employr'; did you mean 'employer'?"),
        Case(path: "model/m.json5", marked: model.replacingOccurrences(of: "aliases: { staff_open: \"staff[open]\" }", with: "aliases: { ⏚staff_open: \"staff[opn]\" }"),
             message: "error: alias 'staff_open' names 'staff[opn]', which is not a variable or an element of one; did you mean 'staff[open]'?"),
    ]

    @Test(arguments: cases)
    func isReportedAtItsPosition(_ bad: Case) throws {
        let marked = Marked(bad.marked)
        do {
            _ = try Assumptions.load(Self.files(bad.path, marked.text))
            Issue.record("loaded without error")
        } catch {
            let list = error
            let match = list.diagnostics.first { "\($0)".contains(bad.message) }
            #expect(match != nil, "got:\n\(list)")
            if let match {
                #expect(match.location?.file == "a/\(bad.path)", "got \(match)")
                #expect(match.location?.position.description == marked.position, "got \(match)")
            }
        }
    }

    @Test func theFixtureLoadsAndRuns() throws {
        let assumptions = try Assumptions.load(Self.files("report.json5", "{ headline: [\"total\", \"staff_open\"] }"))
        let run = try CompiledScenario(Scenario.resolve("fast", in: assumptions)).run()
        #expect(run.series("staff_open")?.first == 5)
        #expect(run.series("total")?.first == 35)
        #expect(run.series("pay[open,junior]")?.first == 2)
        #expect(run.series("pay[closed,senior]")?.first == 6)
    }
}
