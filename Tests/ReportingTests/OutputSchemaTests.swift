import Analysis
import Dynamics
import Foundation
import Reporting
import Scenarios
import Testing

/// Every machine-readable output and text table, produced from the library as the command line
/// produces it, against a snapshot: `forecast.run/1`, `.montecarlo/1`, `.sensitivity/1`,
/// `.compare/1`, `.backtest/1`, `.list/1`, `.explain/1`, `.check/1`, the error object and a
/// batch line.
@Suite(.serialized)
struct OutputSchemaTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ForecastTests/Fixtures/assumptions").path

    /// The command-line fixture with a backtest against a small history.
    static func assumptions() throws -> Assumptions {
        var files = try AssumptionFiles.read(directory: fixture)
        files.root = "assumptions"
        files.files["backtest.json5"] = """
        { extends: "base", time: { start: "2025Q1", end: "2026Q4" },
          scores: [{ series: "x", history: "x.csv", column: "x" }] }
        """
        files.files["history/x.csv"] = "month,x\n2025-06,1.3e25\n2025-12,2.2e25\n2026-06,2.7e25\n"
        return try Assumptions.load(files)
    }

    static func view(_ compiled: CompiledScenario, overrides: [Override] = [], every: Sampling = .quarter) throws -> RunView {
        let result = try compiled.run(parameterValues: compiled.parameterValues(overrides))
        return RunView(scenario: compiled.scenario, result: result, names: compiled.model.columns.map(\.name), from: nil, to: nil,
                       every: every, milestones: try assumptions().report.milestones, warnings: compiled.validate(overrides),
                       overrides: overrides)
    }

    static func compiled(_ name: String) throws -> CompiledScenario {
        try CompiledScenario(Scenario.resolve(name, in: assumptions()))
    }

    static func json(_ value: JSONValue) -> String { JSONWriter.write(value, style: .pretty) + "\n" }

    @Test func run() throws {
        let view = try Self.view(Self.compiled("base"), overrides: [Override(name: "rate", value: 3.5)])
        assertSnapshot(Self.json(RunOutput.json(view)), named: "schema-run.json")
        assertSnapshot(RunOutput.csv(view), named: "schema-run.csv")
        assertSnapshot(RunOutput.table(view), named: "schema-run.txt")
    }

    @Test func monteCarlo() throws {
        let settings = MonteCarloSettings(runs: 50, seed: 3, percentiles: [10, 50, 90], series: ["x", "cost_of_x"], threads: 2, correlations: [])
        let result = try MonteCarlo.run(Self.compiled("base"), settings: settings, milestones: Self.assumptions().report.milestones)
        let (rows, labels) = MonteCarloOutput.rows(result, every: .year)
        assertSnapshot(Self.json(MonteCarloOutput.json(result, rows: rows, labels: labels, warnings: [])), named: "schema-montecarlo.json")
        assertSnapshot(MonteCarloOutput.csv(result, rows: rows, labels: labels), named: "schema-montecarlo.csv")
        assertSnapshot(MonteCarloOutput.table(result, rows: rows, labels: labels), named: "schema-montecarlo.txt")
    }

    @Test func sensitivity() throws {
        let compiled = try Self.compiled("base")
        let result = try Sensitivity.run(compiled, indicator: "cost_of_x", at: Quarter("2027Q4")!)
        assertSnapshot(Self.json(SensitivityOutput.json(result, scenario: compiled.scenario, warnings: [])), named: "schema-sensitivity.json")
        assertSnapshot(SensitivityOutput.table(result, scenario: compiled.scenario), named: "schema-sensitivity.txt")
    }

    @Test func compare() throws {
        let a = try Self.view(Self.compiled("base"), every: .year), b = try Self.view(Self.compiled("fast"), every: .year)
        assertSnapshot(Self.json(CompareOutput.json(a, b)), named: "schema-compare.json")
        assertSnapshot(CompareOutput.csv(a, b), named: "schema-compare.csv")
        assertSnapshot(CompareOutput.table(a, b), named: "schema-compare.txt")
    }

    @Test func backtest() throws {
        let (scenario, scores) = try Backtest.run(Self.assumptions())
        assertSnapshot(Self.json(BacktestOutput.json(scores, settings: scenario.settings)), named: "schema-backtest.json")
        assertSnapshot(BacktestOutput.table(scores, settings: scenario.settings), named: "schema-backtest.txt")
    }

    /// `backtest --origin`: the refit to the origin, its out-of-sample score and band coverage.
    @Test func backtestOutOfSample() throws {
        var files = try Self.assumptions().files
        files.files["calibration.json5"] = """
        { scenario: "base", until: "2026-12-31",
          targets: [{ series: "x", history: "x.csv", column: "x", observation: "lognormal", sigma: 0.1 }],
          parameters: ["rate"] }
        """
        let assumptions = try Assumptions.load(files)
        let (scenario, scores) = try Backtest.run(assumptions)
        let score = try OutOfSample.run(assumptions, origin: "2025Q4", runs: 20, seed: 3)
        assertSnapshot(Self.json(BacktestOutput.json(scores, settings: scenario.settings, outOfSample: [score])),
                       named: "schema-backtest-origin.json")
        assertSnapshot(BacktestOutput.table([score]), named: "schema-backtest-origin.txt")
    }

    /// `list parameters` and `explain` say which values `forecast calibrate` fitted.
    @Test func fittedValuesSaySo() throws {
        var files = try Self.assumptions().files
        let fit = Calibrated(method: "optimize", scenario: "base", until: "2026-12-31", digest: "d", seed: 1,
                             values: [.init(name: "rate", value: 1.8, low: 1.6, high: 2.1)], fit: .init(.object([])),
                             correlations: .init(.null), draws: nil)
        files.files["calibrated.json5"] = fit.text(priors: ["rate": (low: 1, high: 3, source: "judgement: a guess")])
        let assumptions = try Assumptions.load(files)
        let list = try ListOutput(.parameters, assumptions: assumptions)
        let indent = String(repeating: " ", count: 6)
        #expect(list.text.contains("  rate             1.80 1/year  (1.60 to 2.10)\n\(indent)judgement: a guess\n\(indent)fitted by forecast calibrate to data up to 2026-12-31"),
                "\(list.text)")
        #expect(list.text.components(separatedBy: "fitted by").count == 2)
        let compiled = try CompiledScenario(Scenario.resolve("base", in: assumptions))
        let explained = ExplainOutput(try Explanation("rate", in: compiled, depth: 1), compiled: compiled).text
        #expect(explained.contains("rate: parameter = 1.8 1/year, fitted by forecast calibrate (95% interval 1.60 to\n    2.10)"), "\(explained)")
    }

    @Test(arguments: ListOutput.Kind.allCases)
    func list(_ kind: ListOutput.Kind) throws {
        let list = try ListOutput(kind, assumptions: Self.assumptions())
        assertSnapshot(Self.json(list.json), named: "schema-list-\(kind.rawValue).json")
        assertSnapshot(list.text, named: "schema-list-\(kind.rawValue).txt")
    }

    @Test func explain() throws {
        let compiled = try Self.compiled("base")
        let output = ExplainOutput(try Explanation("cost_of_x", in: compiled, depth: 2), compiled: compiled)
        assertSnapshot(Self.json(output.json), named: "schema-explain.json")
        assertSnapshot(output.text, named: "schema-explain.txt")
    }

    @Test func check() throws {
        let check = AssumptionCheck(try Self.assumptions())
        #expect(check.errorCount == 0)
        assertSnapshot(Self.json(CheckOutput.json(check)), named: "schema-check.json")
        assertSnapshot(CheckOutput.text(check), named: "schema-check.txt")
    }

    @Test func errorsAndBatchLines() throws {
        let compiled = try Self.compiled("base")
        let problems = compiled.validate([Override(name: "rat", value: 1, origin: "--stdin", location: SourceLocation(file: "<stdin>", line: 1, column: 2)),
                                          Override(name: "rate", value: 9)])
        assertSnapshot(DiagnosticOutput.json(problems) + DiagnosticOutput.text(problems), named: "schema-error.txt")
        let runner = BatchRunner(scenarios: ["base": .success(.init(compiled: compiled, names: ["x"]))], common: [Override(name: "rate", value: 2.5)],
                                 sampling: .year, from: nil, to: nil, milestones: try Self.assumptions().report.milestones)
        let lines = [BatchLine(number: 1, request: .success(.init(scenario: "base", overrides: [Override(name: "x0", value: 2e25, origin: "line 1 of stdin")]))),
                     BatchLine(number: 3, request: .success(.init(scenario: "base", overrides: [Override(name: "rat", value: 1, origin: "line 3 of stdin")])))]
        var text = ""
        runner.run(lines) { results in text += results.map(BatchOutput.line).joined() }
        assertSnapshot(text, named: "schema-batch.jsonl")
    }
}
