import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Mistakes in calibration.json5, each reported at its marked position (`⏚`) with what was
/// expected and, where one applies, a did-you-mean.
struct CalibrationBadInputTests {
    static let model = """
    {
      stocks: { x: { initial: "x_start", inflows: ["dx"], unit: "widget" } },
      flows: { dx: { equation: "x * ln(growth)", unit: "widget/year" } },
    }
    """
    static let base = """
    {
      time: { start: "2020Q1", end: "2024Q4", step: 0.25, method: "rk4", unit: "year" },
      parameters: {
        x_start: { value: 50, low: 20, high: 400, distribution: "lognormal", unit: "widget", source: "s" },
        growth: { value: 1.3, low: 1.05, high: 2.5, distribution: "uniform", unit: "1/year", source: "s" },
        fixed_one: { value: 1, distribution: "fixed", unit: "dimensionless", source: "definition" },
      },
    }
    """
    static let calibration = """
    {
      scenario: "base",
      until: "2024-12-31",
      targets: [
        { series: "x", history: "x.csv", column: "x_observed", observation: "lognormal", sigma: 0.1 },
      ],
      parameters: ["x_start", "growth"],
    }
    """

    static func files(_ text: String) -> AssumptionFiles {
        AssumptionFiles(root: "a", files: [
            "model/m.json5": model, "base.json5": base, "calibration.json5": text,
            "history/x.csv": "date,x_observed,note\n2021,60,a note\n2023,90,\n",
            "scenarios/fast.json5": "{ set: { growth: 2 } }",
        ])
    }

    static func replacing(_ old: String, _ new: String) -> String {
        precondition(calibration.contains(old), old)
        return calibration.replacingOccurrences(of: old, with: new)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let marked: String
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(marked: replacing("  targets: [", "  ⏚targts: ["),
             message: "error: unknown key 'targts' in the calibration; did you mean 'targets'?"),
        Case(marked: replacing("until: \"2024-12-31\"", "until: ⏚\"end of 2024\""),
             message: "error: 'end of 2024' is not a cut-off date; write a date such as \"2024-12-31\""),
        // A month out of range is refused, not read as the start of the year.
        Case(marked: replacing("until: \"2024-12-31\"", "until: ⏚\"2024-13-01\""),
             message: "error: '2024-13-01' is not a cut-off date; write a date such as \"2024-12-31\""),
        Case(marked: replacing("scenario: \"base\"", "scenario: ⏚\"fats\""),
             message: "error: the calibration fits scenario 'fats', which does not exist; did you mean 'fast'?"),
        Case(marked: replacing("observation: \"lognormal\"", "observation: ⏚\"lognormel\""),
             message: "error: 'lognormel' is not a choice for 'observation': lognormal, floor, ceiling, range; did you mean 'lognormal'?"),
        Case(marked: replacing("    { series: \"x\", history: \"x.csv\", column: \"x_observed\", observation: \"lognormal\", sigma: 0.1 },",
                               "    ⏚{ series: \"x\", history: \"x.csv\", column: \"x_observed\", observation: \"floor\" },"),
             message: "error: a floor target has no 'sigma'; add sigma: a width in log10 units such as 0.3"),
        Case(marked: replacing("observation: \"lognormal\", sigma: 0.1", "observation: \"floor\", sigma: ⏚\"estimate\""),
             message: "error: a floor target needs a stated sigma; only a lognormal one can be estimated"),
        Case(marked: replacing("sigma: 0.1", "sigma: ⏚-0.1"),
             message: "error: 'sigma' must be above 0, not -0.1"),
        Case(marked: replacing("    { series: \"x\",", "    ⏚{ series: \"xq\","),
             message: "error: the calibration fits 'xq', which is not a variable; did you mean 'x'?"),
        Case(marked: replacing("    { series: \"x\", history: \"x.csv\"", "    ⏚{ series: \"x\", history: \"y.csv\""),
             message: "error: the calibration reads history/y.csv, which does not exist; did you mean 'x.csv'?"),
        Case(marked: replacing("    { series: \"x\", history: \"x.csv\", column: \"x_observed\"", "    ⏚{ series: \"x\", history: \"x.csv\", column: \"x_obsreved\""),
             message: "error: history/x.csv has no column 'x_obsreved'; did you mean 'x_observed'?"),
        Case(marked: replacing("    { series: \"x\", history: \"x.csv\", column: \"x_observed\"", "    ⏚{ series: \"x\", history: \"x.csv\", column: \"note\""),
             message: "error: column 'note' of history/x.csv holds text, not numbers"),
        Case(marked: replacing("[\"x_start\", \"growth\"]", "[\"x_start\", ⏚\"growht\"]"),
             message: "error: the calibration frees 'growht', which is not a parameter of base.json5; did you mean 'growth'?"),
        Case(marked: replacing("[\"x_start\", \"growth\"]", "[\"x_start\", ⏚\"fixed_one\"]"),
             message: "error: 'fixed_one' is a fixed definition, not a number to fit"),
        Case(marked: replacing("scenario: \"base\"", "scenario: \"fast\"").replacingOccurrences(of: "[\"x_start\", \"growth\"]", with: "[\"x_start\", ⏚\"growth\"]"),
             message: "error: 'growth' is set by scenario 'fast', so base.json5's range is not its prior; state its prior here"),
        Case(marked: replacing("[\"x_start\", \"growth\"]", "[\"x_start\", ⏚{ name: \"growth\", low: 1, high: 2 }]"),
             message: "error: the prior of 'growth' has no 'source'"),
        Case(marked: replacing("[\"x_start\", \"growth\"]", "[\"x_start\", ⏚{ name: \"growth\", low: 1, source: \"s\" }]"),
             message: "error: the prior of 'growth' needs both low and high"),
        Case(marked: replacing("[\"x_start\", \"growth\"]", "[\"x_start\", \"growth\", ⏚\"x_start\"]"),
             message: "error: 'x_start' is listed twice (first at a/calibration.json5:7:16)"),
        Case(marked: replacing("  parameters: [\"x_start\", \"growth\"],", "  parameters: ⏚[],"),
             message: "error: the calibration has no parameters; name at least one parameter to fit"),
    ]

    @Test(arguments: cases)
    func isReportedAtItsPosition(_ bad: Case) throws {
        let marked = Marked(bad.marked)
        do {
            _ = try Assumptions.load(Self.files(marked.text))
            Issue.record("loaded without error")
        } catch {
            let match = error.diagnostics.first { "\($0)".contains(bad.message) }
            #expect(match != nil, "got:\n\(error)")
            if let match {
                #expect(match.location?.file == "a/calibration.json5", "got \(match)")
                #expect(match.location?.position.description == marked.position, "got \(match)")
            }
        }
    }

    @Test func theFixtureLoads() throws {
        let assumptions = try Assumptions.load(Self.files(Self.calibration))
        #expect(assumptions.calibration?.targets.count == 1)
        #expect(assumptions.calibration?.cutoff == 2024 + 11.0 / 12 + 31.0 / 365)
    }

    @Test func cutoffsCoverTheirWholePeriod() {
        #expect(CalibrationSpec.cutoff("2022Q4") == 2023)
        #expect(CalibrationSpec.cutoff("2022") == 2023)
        #expect(CalibrationSpec.cutoff("2022-12") == 2023)
        #expect(CalibrationSpec.cutoff("2022-06-30") == 2022 + 5.0 / 12 + 30.0 / 365)
        #expect(CalibrationSpec.cutoff("June") == nil)
        #expect(CalibrationSpec.cutoff("2024-13") == nil && CalibrationSpec.cutoff("2024-02-32") == nil && CalibrationSpec.cutoff("2024-00") == nil)
    }
}
