import Foundation
import Testing
import Dynamics
import TestSupport
import XMILE

/// `forecast export --xmile` on the repository's own model, run the way a user would: each
/// scenario exported, imported again and run must match `forecast run` of the same scenario
/// at every step, for every stock, flow and auxiliary (1e-9 relative, 1e-12 absolute near
/// zero), with RK4 and with Euler.
///
/// `sponsor-retreat` has a timed event (a parameter that changes in 2026Q1);
/// `efficiency-breakthrough` fires the model's `pulse`.
struct ExportScenarioTests {
    static let assumptions = ExportCheck.repository.appendingPathComponent("assumptions")

    @Test(arguments: ["base", "sponsor-retreat", "efficiency-breakthrough"], IntegrationMethod.allCases)
    func exportedScenarioRunsLikeTheEngine(_ scenario: String, _ method: IntegrationMethod) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(scenario).xmile")

        let export = try ForecastBinary.run(["export", "--xmile", file.path, "--scenario", scenario, "--method", method.rawValue,
                                             "--assumptions", Self.assumptions.path])
        #expect(export.status == 0, "\(export.stderr)")
        let engine = try Self.engineRun(scenario, method: method, scratch: folder)

        let model = try XMILEImporter.load(contentsOf: file)
        #expect(model.settings.method == method)
        var settings = model.settings
        settings.saveEvery = settings.dt
        let results = try XMILESimulator.simulate(model, settings: settings)

        #expect(results.times.count == engine.times.count)
        #expect(zip(results.times, engine.times).allSatisfy { ExportCheck.agree($0, $1) })
        var compared = 0, worst = (name: "", difference: 0.0)
        for (name, values) in engine.series {
            let series = try #require(results.series.first { XMILEName.canonical($0.name) == XMILEName.canonical(name) },
                                      "\(name) is missing from the export")
            #expect(series.values.count == values.count)
            for (k, (exported, expected)) in zip(series.values, values).enumerated() where !ExportCheck.agree(exported, expected) {
                Issue.record("\(scenario), \(method): \(name) at \(engine.times[k]) is \(exported) exported, \(expected) in the engine")
                break
            }
            for (exported, expected) in zip(series.values, values) where ExportCheck.difference(exported, expected) > worst.difference {
                worst = (name, ExportCheck.difference(exported, expected))
            }
            compared += 1
        }
        #expect(compared == engine.series.count)
        #expect(compared > 150)
        #expect(worst.difference <= 1e-9, "largest difference: \(worst.name), \(worst.difference)")
    }

    @Test func exportWritesTheSameBytesEachTimeAndSaysWhatItWrote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.xmile"), second = folder.appendingPathComponent("b.xmile")
        for file in [first, second] {
            let output = try ForecastBinary.run(["export", "--xmile", file.path, "--assumptions", Self.assumptions.path])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.hasPrefix("wrote \(file.path): scenario base as XMILE 1.0"))
        }
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.xmile", "b.xmile"])
    }

    @Test func hiddenEventParametersAreRenamedAndReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("retreat.xmile")
        let output = try ForecastBinary.run(["export", "--xmile", file.path, "--scenario", "sponsor-retreat",
                                             "--assumptions", Self.assumptions.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("sponsor_release_threshold#base → sponsor_release_threshold_event_base"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<eqn>(IF STEP(1, 2026) &gt; 0 THEN sponsor_release_threshold_event_2026Q1 ELSE sponsor_release_threshold_event_base)</eqn>"))
    }

    @Test(arguments: [
        (["export"], Int32(2), "needs --xmile FILE"),
        (["export", "--xmile", "x.xmile", "--method", "midpoint"], 2, "'--method' must be one of euler, rk4"),
        (["export", "--xmile", "x.xmile", "--scenario", "no-such-scenario"], 1, "unknown scenario 'no-such-scenario'"),
    ])
    func badArgumentsWriteNothing(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ForecastBinary.run(arguments + ["--assumptions", Self.assumptions.path], in: folder)
        #expect(output.status == status)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    // MARK: - Helpers

    /// `forecast run --select '*' --every step --format json` for `scenario` with `method`; for
    /// Euler, on a copy of the assumptions whose time settings name Euler.
    static func engineRun(_ scenario: String, method: IntegrationMethod, scratch: URL) throws -> (times: [Double], series: [(String, [Double])]) {
        var assumptions = Self.assumptions
        if method == .euler {
            assumptions = scratch.appendingPathComponent("assumptions")
            try FileManager.default.copyItem(at: Self.assumptions, to: assumptions)
            let base = assumptions.appendingPathComponent("base.json5")
            let text = try String(contentsOf: base, encoding: .utf8)
            let euler = text.replacingOccurrences(of: "method: \"rk4\"", with: "method: \"euler\"")
            try #require(euler != text, "base.json5 no longer says method: \"rk4\"")
            try euler.write(to: base, atomically: true, encoding: .utf8)
        }
        let output = try ForecastBinary.run(["run", "--scenario", scenario, "--select", "*", "--every", "step", "--format", "json",
                                             "--assumptions", assumptions.path])
        try #require(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        func numbers(_ value: Any?) -> [Double] {
            (value as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue ?? .nan }
        }
        let times = numbers((json["time"] as? [String: Any])?["values"])
        let series = try #require(json["series"] as? [String: Any]).map { name, value in
            (name, numbers((value as? [String: Any])?["values"]))
        }
        return (times, series.sorted { $0.0 < $1.0 })
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
