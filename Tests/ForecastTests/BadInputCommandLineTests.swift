import Foundation
import Testing
import TestSupport

/// Bad input at the command line, each from the smallest form that broke the promise: a
/// located error and a non-zero exit, one JSON object on stderr in JSON mode, nothing written
/// where it should not be, and no crash.
@Suite(.serialized)
struct BadInputCommandLineTests {
    static let fixture = CommandLineTests.fixture

    func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> ForecastBinary.Output {
        try ForecastBinary.run(arguments, input: input, in: directory)
    }

    func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the fixture with `path` replaced by `text`.
    func brokenFixture(_ path: String, _ edit: (String) -> String) throws -> URL {
        let folder = try temporaryFolder("broken")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: folder.path)
        let file = folder.appendingPathComponent(path)
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    func jsonObject(_ text: String) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    }

    /// `forecast init ''` and `report --out ''` wrote into the filesystem root.
    @Test func anEmptyOutputPathIsAUsageErrorAndWritesNothing() throws {
        let folder = try temporaryFolder("empty-path")
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialise = try run(["init", ""], in: folder)
        #expect(initialise.status == 2)
        #expect(initialise.stderr == "error: DIR is an empty path; give a path\n")
        let report = try run(["report", "--out", "", "--runs", "0", "--assumptions", Self.fixture], in: folder)
        #expect(report.status == 2)
        #expect(report.stderr == "error: --out is an empty path; give a path\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// `export --xmile /dev/full` reported success.
    @Test func aFailedWriteIsAnErrorWithThePath() throws {
        let output = try run(["export", "--xmile", "/dev/full", "--assumptions", Self.fixture])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: cannot write '/dev/full': "), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    /// `schema: Infinity` and a step count past Int trapped.
    @Test func nonFiniteNumbersAreLocatedErrors() throws {
        let schema = try brokenFixture("base.json5") { $0.replacingOccurrences(of: "schema: 1", with: "schema: Infinity") }
        let step = try brokenFixture("base.json5") { $0.replacingOccurrences(of: "step: 0.25", with: "step: 1e-300") }
        defer { for folder in [schema, step] { try? FileManager.default.removeItem(at: folder) } }
        let first = try run(["check", "--assumptions", schema.path])
        #expect(first.status == 1)
        #expect(first.stderr == "\(schema.path)/base.json5:2:11: error: 'schema' must be a whole number such as 1, not inf\n")
        let second = try run(["run", "--assumptions", step.path])
        #expect(second.status == 1)
        #expect(second.stderr == "\(step.path)/base.json5:4:9: error: the run would take 2.75e+300 steps; use a larger step\n")
    }

    /// An unknown or computed name in `--stdin` was reported with `file: null, line: null`.
    @Test func everyStdinProblemIsLocatedAtItsKeyWithTheSuggestion() throws {
        let text = try run(["run", "--stdin", "--assumptions", Self.fixture], input: "{\"rat\": 1,\n \"growth\": 2}")
        #expect(text.status == 1)
        #expect(text.stderr == """
            <stdin>:1:2: error: unknown parameter 'rat' in --stdin; did you mean 'rate'?
            <stdin>:2:2: error: 'growth' in --stdin is a variable computed by the model, not a parameter; set one of the parameters its equation reads (see `forecast explain growth`)

            """)
        let json = try run(["run", "--stdin", "--format", "json", "--assumptions", Self.fixture], input: "{\"rat\": 1, \"growth\": 2}")
        let object = try #require(jsonObject(json.stderr))
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.map { "\($0["file"] ?? "") \($0["line"] ?? "") \($0["column"] ?? "")" } == ["<stdin> 1 2", "<stdin> 1 12"])
        #expect(errors.first?["hint"] as? String == "did you mean 'rate'?")
        let batch = try run(["run", "--batch", "--select", "x", "--assumptions", Self.fixture], input: "{\"rate\": 2}\n{\"growth\": 2}\n")
        #expect(batch.status == 1)
        let line = try #require(jsonObject(String(batch.stdout.split(separator: "\n")[1])))
        #expect(line["file"] as? String == "<stdin line 2>")
        #expect(line["line"] as? Int == 1 && line["column"] as? Int == 2)
        // A batch line's unknown scenario was reported without a place.
        let scenario = try run(["run", "--batch", "--select", "x", "--assumptions", Self.fixture], input: "{\"scenario\": \"fst\"}\n")
        let unknown = try #require(jsonObject(String(scenario.stdout.split(separator: "\n")[0])))
        #expect(unknown["message"] as? String == "unknown scenario 'fst'")
        #expect(unknown["file"] as? String == "<stdin line 1>")
        #expect(unknown["line"] as? Int == 1 && unknown["column"] as? Int == 14)
        #expect(unknown["hint"] as? String == "did you mean 'fast'?")
    }

    /// A 1 MiB unknown key took 40 s in `--stdin` and 28 s in `--batch` (did-you-mean).
    @Test func aHugeUnknownKeyIsReportedQuickly() throws {
        let input = "{\"" + String(repeating: "r", count: 1 << 20) + "\": 1}\n"
        let started = Date()
        let stdin = try run(["run", "--stdin", "--assumptions", Self.fixture], input: input)
        let batch = try run(["run", "--batch", "--assumptions", Self.fixture], input: input)
        #expect(stdin.status == 1 && batch.status == 1)
        #expect(stdin.stderr.hasPrefix("<stdin>:1:2: error: unknown parameter 'rrr"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// `explain --depth 100000000000` looped through every level asked for, long after the last cause.
    @Test func aHugeExplainDepthFinishesAtTheLastCause() throws {
        let started = Date()
        let output = try run(["explain", "x", "--depth", "100000000000", "--assumptions", Self.fixture])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("x: stock [FLOP]"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// `simulate --seed` fixes the draws of a model's random functions; a seed that is not a
    /// whole number is a usage error (exit 2).
    @Test func simulateTakesTheSeedOfTheRandomFunctions() throws {
        let folder = try temporaryFolder("seed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("noise.xmile")
        try """
            <?xml version="1.0" encoding="utf-8"?>
            <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <sim_specs method="euler"><start>0</start><stop>20</stop><dt>1</dt></sim_specs>
            <model><variables><aux name="noise"><eqn>NORMAL(0, 1)</eqn></aux></variables></model>
            </xmile>
            """.write(to: model, atomically: true, encoding: .utf8)
        let seven = try run(["simulate", model.path, "--seed", "7"])
        let again = try run(["simulate", model.path, "--seed", "7"])
        let eight = try run(["simulate", model.path, "--seed", "8"])
        #expect(seven.status == 0 && eight.status == 0)
        #expect(seven.stdout == again.stdout)
        #expect(seven.stdout != eight.stdout)
        #expect(seven.stdout.split(separator: "\n").count == 22)
        let bad = try run(["simulate", model.path, "--seed", "-1"])
        #expect(bad.status == 2)
    }

    /// `simulate --format json` on a model with a warning and an error printed the warning as
    /// a line of text before the JSON error.
    @Test func inJSONModeStandardErrorIsOneObjectWithTheWarningsInside() throws {
        let folder = try temporaryFolder("json-mode")
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("w.xmile")
        try """
            <?xml version="1.0" encoding="utf-8"?>
            <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <sim_specs method="rk45"><start>0</start><stop>10</stop><dt>1</dt></sim_specs>
            <model><variables><aux name="a"><eqn>1 + b</eqn></aux></variables></model>
            </xmile>
            """.write(to: model, atomically: true, encoding: .utf8)
        let output = try run(["simulate", model.path, "--format", "json"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let object = try #require(jsonObject(output.stderr), "\(output.stderr)")
        #expect(object["message"] as? String == "unknown name 'b' in the equation of 'a'")
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.map { $0["severity"] as? String } == ["error", "warning"])
        #expect((errors.last?["message"] as? String)?.hasPrefix("integration method 'rk45' is not available") == true)
    }

    /// Every command with `--format json`, given assumptions with a warning (an unused
    /// parameter) and an error it stops on: standard error is one JSON object.
    @Test func everyCommandWritesOneJSONObjectOnFailure() throws {
        let folder = try brokenFixture("base.json5") {
            $0.replacingOccurrences(of: "  parameters: {", with: "  parameters: {\n    spare: { value: 1, unit: \"FLOP\", source: \"s\" },")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let assumptions = ["--assumptions", folder.path]
        let cases: [[String]] = [
            ["run", "--set", "rat=2"], ["run", "--stdin"], ["compare", "base", "nowhere"], ["montecarlo", "--runs", "0"],
            ["sensitivity", "--indicator", "nothing"], ["backtest"], ["explain", "nothing"], ["list", "nothing"],
            ["check", "--selct"],
        ]
        for arguments in cases {
            let output = try run(arguments + assumptions + ["--format", "json"], input: "{\"growth\": 1}")
            #expect(output.status != 0, "\(arguments)")
            #expect(output.stdout.isEmpty, "\(arguments)")
            let object = jsonObject(output.stderr)
            #expect(object != nil, "\(arguments): \(output.stderr)")
            #expect(output.stderr.filter { $0 == "\n" }.count == 1, "\(arguments): \(output.stderr)")
            if arguments == ["run", "--set", "rat=2"] {
                let errors = object?["errors"] as? [[String: Any]] ?? []
                #expect(errors.map { $0["severity"] as? String } == ["error", "warning"], "\(output.stderr)")
            }
        }
    }
}

/// A calibrated.json5 left from before a parameter was renamed: other commands report it,
/// located, and `forecast calibrate`, which replaces the file, refits instead of refusing.
@Suite(.serialized)
struct StaleCalibrationCommandLineTests {
    static func files(growth: String) -> [String: String] {
        var history = "date,x_observed,quality,source,note\n"
        for year in 2020...2029 {
            history += "\(year)-01,\(100 * pow(1.5, Double(year - 2020))),primary,generated,yearly\n"
        }
        return [
            "model/m.json5": """
                { stocks: { x: { initial: "100", inflows: ["dx"], unit: "widget" } },
                  flows: { dx: { equation: "x * ln(\(growth))", unit: "widget/year" } } }
                """,
            "base.json5": """
                { time: { start: "2020Q1", end: "2029Q4", step: 0.25, method: "rk4", unit: "year" },
                  parameters: { \(growth): { value: 1.3, low: 1.05, high: 2.5, distribution: "uniform", unit: "1/year", source: "a wide prior" } } }
                """,
            "history/x.csv": history,
            "calibration.json5": """
                { scenario: "base", until: "2029-12-31", parameters: ["\(growth)"],
                  targets: [ { series: "x", history: "x.csv", column: "x_observed", observation: "lognormal", sigma: 0.05 } ] }
                """,
        ]
    }

    static func write(_ files: [String: String], to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func calibrateReplacesAFitOfARenamedParameter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-stale-fit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.files(growth: "rate"), to: folder)
        let first = try ForecastBinary.run(["calibrate", "--assumptions", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("model"))
        try Self.write(Self.files(growth: "growth"), to: folder)

        let run = try ForecastBinary.run(["run", "--assumptions", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("calibrated.json5:"), "\(run.stderr)")
        #expect(run.stderr.contains("calibrated.json5 fits 'rate', which is not a parameter"), "\(run.stderr)")
        #expect(run.stderr.contains("run `forecast calibrate` to refit"), "\(run.stderr)")

        let refit = try ForecastBinary.run(["calibrate", "--assumptions", folder.path])
        #expect(refit.status == 0, "\(refit.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("calibrated.json5"), encoding: .utf8)
        #expect(text.contains("\"growth\": {") && !text.contains("\"rate\""))
        let after = try ForecastBinary.run(["run", "--assumptions", folder.path])
        #expect(after.status == 0, "\(after.stderr)")
    }
}
