import Foundation
import Testing
import TestSupport

/// `forecast offer` end to end on the README's example file: the table, the `forecast.offer/1`
/// JSON, the Markdown brief, the same bytes for the same seed, and a bad file refused whole.
@Suite(.serialized)
struct OfferCommandTests {
    static let example = "assumptions/offers/example.json5"

    func run(_ arguments: [String]) throws -> ForecastBinary.Output {
        try ForecastBinary.run(arguments, in: ForecastBinary.repository)
    }

    func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theReadmeShowsTheExample() throws {
        let readme = try String(contentsOf: ForecastBinary.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("forecast offer \(Self.example)"))
        #expect(readme.contains("forecast.offer/1"))
    }

    @Test func theExampleRunsEndToEndAndTheSameSeedGivesTheSameBytes() throws {
        let first = try run(["offer", Self.example, "--runs", "60"])
        #expect(first.status == 0, "\(first.stderr)")
        for name in ["closed-lab", "big-tech", "startup", "academia", "comparisons", "present value", "market band"] {
            #expect(first.stdout.contains(name), "the table should show \(name)")
        }
        #expect(first.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let again = try run(["offer", Self.example, "--runs", "60"])
        #expect(again.stdout == first.stdout)
        let otherSeed = try run(["offer", Self.example, "--runs", "60", "--seed", "2"])
        #expect(otherSeed.stdout != first.stdout)
    }

    @Test func jsonFollowsTheSchema() throws {
        let output = try run(["offer", Self.example, "--runs", "40", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "forecast.offer/1")
        let offers = try #require(object["offers"] as? [[String: Any]])
        #expect(offers.map { $0["name"] as? String } == ["closed-lab", "big-tech", "startup", "academia"])
        let academia = offers[3]
        let scenarios = try #require(academia["scenarios"] as? [String: [String: Any]])
        // Salary and summer salary only: 185K a year whatever the scenario.
        for (_, value) in scenarios { #expect(value["years"] as? [Double] == [185_000, 185_000, 185_000, 185_000]) }
        let montecarlo = try #require(offers[0]["montecarlo"] as? [String: Any])
        #expect((montecarlo["total"] as? [Double])?.count == 3)
        let comparisons = try #require(object["comparisons"] as? [[String: Any]])
        #expect(comparisons.count == 6)
        #expect(Set((object["winners"] as? [String: String] ?? [:]).keys) == ["base", "scaling-continues", "sponsor-retreat", "data-wall"])
        let keys = ["\"schema\"", "\"assumptions\"", "\"options\"", "\"offers\"", "\"comparisons\"", "\"winners\"", "\"failed_runs\"", "\"warnings\""]
        let offsets = keys.map { output.stdout.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
    }

    @Test func outWritesABriefWithItsChart() throws {
        let folder = try temporaryFolder("offer-brief")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try run(["offer", Self.example, "--runs", "20", "--out", folder.path])
        #expect(output.status == 0, "\(output.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("offers.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Offers compared"))
        #expect(markdown.contains("![Realised pay a year](offers-pay.svg)"))
        let svg = try String(contentsOf: folder.appendingPathComponent("offers-pay.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("closed-lab"))
    }

    @Test func aBadFileIsRefusedWithALocatedErrorAndWritesNothing() throws {
        let folder = try temporaryFolder("offer-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("offers.json5")
        try "{\n  offers: [\n    { name: \"a\", employer: \"closd\", level: \"mid\", base: 1 },\n  ],\n}\n".write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("brief")
        let output = try run(["offer", file.path, "--out", out.path])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("offers.json5:3:28: error: unknown employer 'closd'; did you mean 'closed'?"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let json = try run(["offer", file.path, "--format", "json"])
        #expect(json.status == 1)
        let error = try #require(JSONSerialization.jsonObject(with: Data(json.stderr.utf8)) as? [String: Any])
        #expect(error["line"] as? Int == 3 && error["column"] as? Int == 28)
        let tooMany = try run(["offer", Self.example, "--runs", "100001"])
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("runs must be a whole number from 1 to 100000, not 100001"))
        let missing = try run(["offer", folder.appendingPathComponent("none.json5").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("give the path of an offer file"))
    }
}
