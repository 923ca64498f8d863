import Foundation
import Testing
import TestSupport

/// The command line end to end: the built binary, as a user or notebook runs it.
@Suite(.serialized)
struct CommandLineTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/assumptions").path

    func run(_ arguments: [String], input: String? = nil) throws -> ForecastBinary.Output {
        try ForecastBinary.run(arguments + ["--assumptions", Self.fixture], input: input)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonOutputFollowsTheSchema() throws {
        let output = try run(["run", "--format", "json", "--select", "*"])
        #expect(output.status == 0)
        let object = try json(output.stdout)
        #expect(object["schema"] as? String == "forecast.run/1")
        #expect(object["scenario"] as? String == "base")
        let assumptions = try #require(object["assumptions"] as? [String: Any])
        #expect((assumptions["digest"] as? String)?.hasPrefix("sha256:") == true)
        let time = try #require(object["time"] as? [String: Any])
        #expect(time["unit"] as? String == "year")
        #expect((time["labels"] as? [String])?.first == "2025Q1")
        #expect((time["labels"] as? [String])?.last == "2027Q4")
        #expect((time["values"] as? [Double])?.count == 12)
        let series = try #require(object["series"] as? [String: [String: Any]])
        #expect(Set(series.keys) == ["x", "growth", "doubled", "cost_of_x"])
        #expect(series["cost_of_x"]?["unit"] as? String == "$")
        #expect((series["x"]?["values"] as? [Double])?.first == 1e25)
        #expect((object["milestones"] as? [String: Any])?["big"] as? String == "2026Q4")
        // Field order is part of the contract.
        let keys = ["\"schema\"", "\"scenario\"", "\"assumptions\"", "\"time\"", "\"series\"", "\"milestones\"", "\"warnings\""]
        let offsets = keys.map { output.stdout.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
    }

    @Test func theSameCommandGivesTheSameBytes() throws {
        let first = try run(["run", "--format", "json", "--select", "*", "--set", "rate=2.2"])
        let second = try run(["run", "--format", "json", "--select", "*", "--set", "rate=2.2"])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test func setAndStdinGiveTheSameResult() throws {
        let set = try run(["run", "--format", "json", "--set", "rate=2.2", "--set", "x0=2e25"])
        let stdin = try run(["run", "--format", "json", "--stdin"], input: "{\"rate\": 2.2, \"x0\": 2e25}")
        #expect(set.status == 0 && stdin.status == 0)
        #expect(set.stdout.replacingOccurrences(of: "--set", with: "ORIGIN") == stdin.stdout.replacingOccurrences(of: "--stdin", with: "ORIGIN"))
        let object = try json(set.stdout)
        #expect((object["assumptions"] as? [String: Any])?["overrides"] as? [String: Double] == ["rate": 2.2, "x0": 2e25])
    }

    @Test func anUnknownFlagIsAUsageError() throws {
        let output = try run(["run", "--selct", "x"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: unknown option '--selct' for `forecast run`; did you mean '--select'?\n")
    }

    @Test func aNonFiniteValueNamesTheVariableItsFileAndTheTime() throws {
        let output = try run(["run", "--stdin"], input: "{\"rate\": 0}")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("\(Self.fixture)/model/growth.json5:8:5: error: 'growth' became infinite at time 2025;"), "\(output.stderr)")
    }

    @Test func aWindowOutsideTheRunIsAnInputError() throws {
        let output = try run(["run", "--from", "2030Q1"])
        #expect(output.status == 1)
        #expect(output.stderr == "error: no saved times between --from 2030Q1 and --to 2027Q4; the run covers 2025Q1 to 2027Q4\n")
    }

    @Test func anUnknownCommandIsAUsageError() throws {
        let output = try ForecastBinary.run(["rnu"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: unknown command 'rnu'; did you mean 'run'?\n")
    }

    @Test func anUnknownParameterInSetIsAnInputError() throws {
        let output = try run(["run", "--set", "rat=2"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: unknown parameter 'rat' in --set; did you mean 'rate'?\n")
    }

    @Test func malformedStdinIsAnInputErrorWithJSONInJSONMode() throws {
        let output = try run(["run", "--stdin", "--format", "json"], input: "{\"rate\": 2.2,, }")
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let error = try json(output.stderr)
        #expect(error["file"] as? String == "<stdin>")
        #expect(error["line"] as? Int == 1)
        #expect(error["column"] as? Int == 14)
        #expect((error["message"] as? String)?.isEmpty == false)
        #expect((error["errors"] as? [[String: Any]])?.count == 1)
        let notObject = try run(["run", "--stdin"], input: "[1, 2]")
        #expect(notObject.status == 1)
        #expect(notObject.stderr.hasPrefix("<stdin>:1:1: error: --stdin must be one JSON object of parameter values, not an array"))
    }

    @Test func batchWritesOneResultPerLine() throws {
        let lines = (1...5).map { "{\"rate\": \(1 + Double($0) / 5)}" } + ["{\"scenario\": \"fast\"}"]
        let output = try run(["run", "--batch", "--select", "x"], input: lines.joined(separator: "\n") + "\n")
        #expect(output.status == 0, "\(output.stderr)")
        let results = output.stdout.split(separator: "\n").map { try? json(String($0)) }
        #expect(results.count == 6)
        #expect(results.last??["scenario"] as? String == "fast")
        // Each line equals the single run with the same overrides.
        let single = try run(["run", "--format", "json", "--select", "x", "--set", "rate=1.4"])
        let batchSeries = (results[1]?["series"] as? [String: [String: Any]])?["x"]?["values"] as? [Double]
        let singleSeries = ((try json(single.stdout))["series"] as? [String: [String: Any]])?["x"]?["values"] as? [Double]
        #expect(batchSeries == singleSeries)
    }

    @Test func aBadBatchLineIsReportedInPlace() throws {
        let output = try run(["run", "--batch", "--select", "x"], input: "{\"rate\": 2}\n{\"rat\": 2}\n{\"rate\": 2.5}\n")
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let bad = try json(String(lines[1]))
        #expect(bad["schema"] as? String == "forecast.error/1")
        #expect(bad["input_line"] as? Int == 2)
        #expect(bad["message"] as? String == "unknown parameter 'rat' in line 2 of stdin")
    }

    @Test func batchErrorsNameTheirInputLineAcrossBlankLines() throws {
        let output = try run(["run", "--batch", "--select", "x"], input: "\n\n{\"rate\": 2}\n{\"rate\": 2,,}\n\n{\"rat\": 1}\n")
        #expect(output.status == 1)
        let lines = try output.stdout.split(separator: "\n").map { try json(String($0)) }
        #expect(lines.map { $0["input_line"] as? Int } == [nil, 4, 6])
    }

    @Test func csvHasUnitsInTheHeaderAndQuarterLabels() throws {
        let output = try run(["run", "--format", "csv", "--select", "x,cost_of_x", "--every", "year"])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "time,x [FLOP],cost_of_x [$]")
        #expect(lines.count == 4)
        // A yearly row is the year's fourth quarter: x = 1e25 · 2^0.75 at 2025Q4 (RK4, step 0.25).
        let row = lines[1].split(separator: ",")
        #expect(row[0] == "2025")
        #expect(abs(Double(row[1])! / (1e25 * pow(2, 0.75)) - 1) < 1e-5, "\(lines[1])")
        #expect(lines[3].hasPrefix("2027,"))
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        let help = try ForecastBinary.run(["--help"])
        #expect(help.status == 0)
        let commands = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("Commands:") }.dropFirst()
            .prefix { !$0.isEmpty }.map { String($0.split(separator: " ")[0]) }
        #expect(commands.count >= 7)
        for command in commands {
            let output = try ForecastBinary.run([command, "--help"])
            #expect(output.status == 0)
            #expect(output.stdout.contains("Examples:\n  forecast \(command)"), "\(command)")
        }
    }

    @Test func checkIsCleanOnTheFixture() throws {
        let output = try run(["check"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasSuffix("0 errors, 0 warnings\n"))
    }

    @Test func checkReportsProblemsAndExitsOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-check-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = directory.appendingPathComponent("scenarios/fast.json5")
        try "{ extends: \"base\",\n  set: { rat: 2.5 } }\n".write(to: scenario, atomically: true, encoding: .utf8)
        let output = try ForecastBinary.run(["check", "--assumptions", directory.path])
        #expect(output.status == 1)
        #expect(output.stderr == "\(directory.path)/scenarios/fast.json5:2:10: error: unknown parameter 'rat'; did you mean 'rate'?\n")
    }

    @Test func explainShowsCausesAndEffects() throws {
        let output = try run(["explain", "growth"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("growth: flow [FLOP/year] = x * ln(rate)\n"))
        #expect(output.stdout.contains("  rate: parameter = 2.0 1/year"))
        #expect(output.stdout.contains("used by:\n  x: stock [FLOP], d/dt = + growth, starts at x0\n"))
    }

    @Test func initWritesTheDefaultsAndRefusesToOverwrite() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try ForecastBinary.run(["init", directory.path])
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("base.json5").path))
        let second = try ForecastBinary.run(["init", directory.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists; choose a new folder, or add --force to overwrite it"))
        #expect(try ForecastBinary.run(["init", directory.path, "--force"]).status == 0)
    }

    /// The README's sharded sweep: parts written with --shard, joined by merge into the bytes
    /// the unsharded command prints, in any order; a missing part is a located refusal.
    @Test func shardedMonteCarloMergesToTheSameBytes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-shards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let job = ["montecarlo", "--runs", "120", "--seed", "3", "--every", "year", "--assumptions", Self.fixture]
        let whole = try ForecastBinary.run(job + ["--format", "json"], in: directory)
        #expect(whole.status == 0)
        for index in 1...3 {
            let part = try ForecastBinary.run(job + ["--shard", "\(index)/3"], in: directory)
            #expect(part.stdout == "wrote montecarlo-part-\(index)-of-3.json: 40 of 120 runs\n")
        }
        let parts = (1...3).reversed().map { "montecarlo-part-\($0)-of-3.json" }
        let merged = try ForecastBinary.run(["merge"] + parts + ["--format", "json", "--assumptions", Self.fixture], in: directory)
        #expect(merged.status == 0)
        #expect(merged.stdout == whole.stdout)
        let missing = try ForecastBinary.run(["merge", parts[0], parts[1], "--assumptions", Self.fixture], in: directory)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("part 1/3 is missing"))
    }

    /// Every table and listing the command line prints fits 80 columns on the shipped model,
    /// whose names, units and sources are long.
    @Test(arguments: [["run"], ["run", "--every", "year", "--select", "comp*"], ["compare", "base", "sponsor-retreat"],
                      ["montecarlo", "--runs", "20"], ["sensitivity"], ["backtest"], ["list", "parameters"], ["list", "variables"],
                      ["list", "scenarios"], ["explain", "capability_lag_months"], ["check"],
                      ["offer", repositoryAssumptions + "/offers/example.json5", "--runs", "20"]])
    func terminalOutputFitsEightyColumns(_ command: [String]) throws {
        let output = try ForecastBinary.run(command + ["--assumptions", Self.repositoryAssumptions])
        #expect(output.status == 0, "\(output.stderr)")
        let wide = output.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "\(command): \(wide.prefix(3))")
    }

    static let repositoryAssumptions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("assumptions").path

    @Test func compareShowsBothAndTheDifference() throws {
        let output = try run(["compare", "base", "fast", "--select", "x", "--format", "json"])
        #expect(output.status == 0)
        let object = try json(output.stdout)
        let x = try #require((object["series"] as? [String: [String: Any]])?["x"])
        let base = try #require(x["base"] as? [Double]), fast = try #require(x["fast"] as? [Double])
        let difference = try #require(x["difference"] as? [Double])
        #expect(zip(zip(base, fast), difference).allSatisfy { abs($0.1 - $0.0 - $1) <= 1e-6 * abs($1) + 1 })
        #expect(fast.last! > base.last!)
    }

    @Test func listsInJSON() throws {
        let output = try run(["list", "parameters", "--format", "json"])
        let object = try json(output.stdout)
        #expect((object["parameters"] as? [[String: Any]])?.map { $0["name"] as? String } == ["x0", "flop_per_dollar", "rate"])
    }
}
