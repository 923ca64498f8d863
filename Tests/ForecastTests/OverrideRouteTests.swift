import Foundation
import Testing
import TestSupport

/// One route for overrides: `--set`, `--stdin` and a `--batch` line with the same values give
/// the same bits, on the fixture and on the full model; and the usage rules around them.
@Suite(.serialized)
struct OverrideRouteTests {
    static let fixture = CommandLineTests.fixture
    static let repository = ForecastBinary.repository.appendingPathComponent("assumptions").path

    func run(_ arguments: [String], input: String? = nil, assumptions: String = fixture) throws -> ForecastBinary.Output {
        try ForecastBinary.run(arguments + ["--assumptions", assumptions], input: input)
    }

    /// The `series` object of a `forecast.run/1` text, as written.
    func seriesText(_ json: String) -> Substring {
        let start = json.range(of: "\"series\"")!.lowerBound, end = json.range(of: "\"milestones\"")!.lowerBound
        return json[start..<end]
    }

    @Test func setStdinAndBatchAreBitIdenticalOnTheFullModel() throws {
        let values = ["hardware_growth": "1.3", "algorithmic_growth": "3.1", "outside_capital_start": "3e10"]
        let set = try run(["run", "--format", "json", "--select", "*"] + values.sorted { $0.key < $1.key }.flatMap { ["--set", "\($0.key)=\($0.value)"] },
                          assumptions: Self.repository)
        let object = "{" + values.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        let stdin = try run(["run", "--format", "json", "--select", "*", "--stdin"], input: object, assumptions: Self.repository)
        let batch = try run(["run", "--batch", "--select", "*"], input: object + "\n", assumptions: Self.repository)
        #expect(set.status == 0 && stdin.status == 0 && batch.status == 0, "\(set.stderr)\(stdin.stderr)\(batch.stderr)")
        // Pretty and compact JSON differ in spaces only; compare the numbers as written.
        func numbers(_ text: Substring) -> [Substring] {
            text.split(whereSeparator: { ",[]{}: \n\"".contains($0) }).filter { $0.first.map { $0.isNumber || $0 == "-" } ?? false }
        }
        let a = numbers(seriesText(set.stdout)), b = numbers(seriesText(stdin.stdout)), c = numbers(seriesText(batch.stdout))
        #expect(a.count > 5_000)
        #expect(a == b)
        #expect(a == c)
    }

    @Test func batchAppliesSetToEveryLineAndALineWins() throws {
        let batch = try run(["run", "--batch", "--select", "x", "--set", "rate=2.2"], input: "{\"x0\": 2e25}\n{\"rate\": 1.4}\n")
        #expect(batch.status == 0, "\(batch.stderr)")
        let lines = batch.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let both = try run(["run", "--format", "json", "--select", "x", "--set", "rate=2.2", "--set", "x0=2e25"])
        let lineWins = try run(["run", "--format", "json", "--select", "x", "--set", "rate=1.4"])
        #expect(seriesText(lines[0]).filter { !$0.isWhitespace } == seriesText(both.stdout).filter { !$0.isWhitespace })
        #expect(seriesText(lines[1]).filter { !$0.isWhitespace } == seriesText(lineWins.stdout).filter { !$0.isWhitespace })
        #expect(lines[0].contains("\"overrides\":{\"rate\":2.2,\"x0\":2e25}"))
        #expect(lines[1].contains("\"overrides\":{\"rate\":1.4}"))
        // Without --set the same line gives a different answer: the --set is not ignored.
        let plain = try run(["run", "--batch", "--select", "x"], input: "{\"x0\": 2e25}\n")
        #expect(seriesText(plain.stdout) != seriesText(lines[0]))
    }

    @Test func aMistakeInSetStopsTheBatch() throws {
        let output = try run(["run", "--batch", "--set", "rat=2"], input: "{\"x0\": 2e25}\n")
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: unknown parameter 'rat' in --set; did you mean 'rate'?\n")
    }

    @Test(arguments: [
        (["run", "--batch", "--stdin"], "error: --batch and --stdin cannot be used together; --batch reads its overrides from standard input, one object per line\n"),
        (["run", "--batch", "--format", "table"], "error: --batch writes JSON Lines, so --format table cannot be used with it; leave --format out, or use --format json\n"),
        (["run", "--batch", "--format", "csv"], "error: --batch writes JSON Lines, so --format csv cannot be used with it; leave --format out, or use --format json\n"),
    ])
    func batchUsageMistakes(_ arguments: [String], _ message: String) throws {
        let output = try run(arguments, input: "{}\n")
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == message)
    }

    @Test func helpCommandShowsTheCommandsHelp() throws {
        let help = try ForecastBinary.run(["help", "run"])
        let direct = try ForecastBinary.run(["run", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout == direct.stdout)
        #expect(help.stdout.hasPrefix("forecast run: "))
    }

    @Test func fromAfterToSaysTheOrderIsWrong() throws {
        let output = try run(["run", "--from", "2027Q1", "--to", "2026Q1"])
        #expect(output.status == 1)
        #expect(output.stderr == "error: --from 2027Q1 comes after --to 2026Q1; give the earlier quarter to --from\n")
    }

    @Test func setOnADefinitionIsAnError() throws {
        let output = try run(["run", "--set", "months_per_year=13"], assumptions: Self.repository)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: 'months_per_year' in --set is a definition"), "\(output.stderr)")
    }

    @Test func exportIntoAMissingFolderIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-missing-\(UUID().uuidString)")
        let output = try run(["export", "--xmile", folder.appendingPathComponent("deeper/model.xmile").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("does not exist"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func jsonModeComesFromTheParsedFormat() throws {
        // A usage mistake elsewhere on the line still answers in JSON when --format json was given.
        let output = try run(["run", "--format", "json", "--selct", "x"])
        #expect(output.status == 2)
        let object = try #require(JSONSerialization.jsonObject(with: Data(output.stderr.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "unknown option '--selct' for `forecast run`")
        // `--format` as the value of another option is not a format.
        let notFormat = try run(["run", "--select", "--format", "json"])
        #expect(!notFormat.stderr.hasPrefix("{"))
    }
}
