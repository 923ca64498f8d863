import Analysis
import Dynamics
import Foundation
import Scenarios
import Testing

/// `forecast calibrate` on a model whose true parameters are known: data generated from it with
/// lognormal noise, then fitted. The estimates must land near the truth and their 95%
/// intervals hold it; MCMC must agree; the fit applies to scenarios through calibrated.json5.
@Suite(.serialized)
struct CalibrationRecoveryTests {
    /// x grows at `growth` a year from `x_start`: x(t) = x_start·growth^(t − 2020).
    static let model = """
    {
      stocks: { x: { initial: "x_start", inflows: ["dx"], unit: "widget" } },
      flows: { dx: { equation: "x * ln(growth)", unit: "widget/year" } },
    }
    """
    static let base = """
    {
      time: { start: "2020Q1", end: "2029Q4", step: 0.0625, method: "rk4", unit: "year" },
      parameters: {
        x_start: { value: 50, low: 20, high: 400, distribution: "lognormal", unit: "widget", source: "a wide prior" },
        growth: { value: 1.3, low: 1.05, high: 2.5, distribution: "uniform", unit: "1/year", source: "a wide prior" },
      },
    }
    """
    static let truth = (start: 120.0, growth: 1.6)

    /// Observations each half year, 2020–2029: the truth times 10^N(0, 0.05²) (seeded).
    static var history: String {
        var generator = Xoshiro256StarStar(seed: 42)
        var text = "date,x_observed,quality,source,note\n"
        for k in 0..<20 {
            let time = 2020 + Double(k) / 2
            let noise = 0.05 * StandardNormal.quantile(Double.random(in: 0.001..<0.999, using: &generator))
            let value = truth.start * pow(truth.growth, time - 2020) * pow(10, noise)
            text += "\(2020 + k / 2)-\(k % 2 == 0 ? "01" : "07"),\(value),primary,generated,half-yearly\n"
        }
        return text
    }

    static func calibration(_ extra: String = "") -> String {
        """
        { scenario: "base", until: "2029-12-31",
          targets: [ { series: "x", history: "x.csv", column: "x_observed", observation: "lognormal", sigma: "estimate" } ],
          parameters: ["x_start", "growth"]\(extra) }
        """
    }

    static func files(_ extra: [String: String] = [:]) -> AssumptionFiles {
        var files = ["model/m.json5": model, "base.json5": base, "history/x.csv": history, "calibration.json5": calibration(),
                     "scenarios/fast.json5": "{ set: { growth: 2 } }"]
        files.merge(extra) { _, new in new }
        return AssumptionFiles(root: "a", files: files)
    }

    @Test func optimizeRecoversTheTruthInsideItsIntervals() throws {
        let assumptions = try Assumptions.load(Self.files())
        let setup = try CalibrationSetup(assumptions)
        #expect(setup.targets[0].times.count == 20)
        let result = try Calibrator.optimize(setup, digest: assumptions.calibrationDigest(setup.spec))
        let start = try #require(result.estimates.first { $0.name == "x_start" })
        let growth = try #require(result.estimates.first { $0.name == "growth" })
        #expect(start.low < Self.truth.start && Self.truth.start < start.high, "\(start.low) … \(start.high)")
        #expect(growth.low < Self.truth.growth && Self.truth.growth < growth.high, "\(growth.low) … \(growth.high)")
        #expect(abs(start.value / Self.truth.start - 1) < 0.1, "\(start.value)")
        #expect(abs(growth.value / Self.truth.growth - 1) < 0.02, "\(growth.value)")
        // Informative data: the intervals are far narrower than the priors.
        #expect(growth.high - growth.low < 0.1 * (2.5 - 1.05))
        // The estimated σ is near the 0.05 the noise was drawn with.
        let sigma = try #require(result.fits[0].estimatedSigma)
        #expect(sigma > 0.03 && sigma < 0.07, "\(sigma)")
        #expect(result.fits[0].statistics!.meanAbsoluteLog10Error! < 0.06)
        // Start and growth trade off: the later data pin growth, so they are anti-correlated.
        let correlation = try #require(result.correlations?[0][1])
        #expect(correlation < -0.5, "\(correlation)")
    }

    @Test func mcmcAgreesAndIsDeterministicPerSeed() throws {
        let assumptions = try Assumptions.load(Self.files())
        let setup = try CalibrationSetup(assumptions)
        var settings = CalibrationSettings()
        settings.warmup = 600
        settings.generations = 600
        settings.thin = 2
        let first = try Calibrator.sample(setup, settings: settings, digest: "d")
        let again = try Calibrator.sample(setup, settings: settings, digest: "d")
        #expect(first.draws == again.draws)
        let growth = try #require(first.estimates.first { $0.name == "growth" })
        #expect(growth.low < Self.truth.growth && Self.truth.growth < growth.high)
        #expect(abs(growth.value / Self.truth.growth - 1) < 0.02)
        #expect(first.chains == 8)
        #expect(growth.rHat! < 1.1, "\(growth.rHat!)")
        #expect(first.draws!.rows.count <= CalibrationSettings.keptDraws)
    }

    /// Sharded sampling, merged, gives the same posterior as the unsharded run.
    @Test func shardsMergeToTheUnshardedPosterior() throws {
        let assumptions = try Assumptions.load(Self.files())
        let setup = try CalibrationSetup(assumptions)
        var settings = CalibrationSettings()
        settings.warmup = 200
        settings.generations = 200
        let whole = try Calibrator.sample(setup, settings: settings, digest: "d")
        var parts: [(file: String, part: PartFile)] = []
        for index in [2, 1] {
            let shard = Shard(index: index, count: 2)
            let groups = shard.items(of: settings.groups)
            let results = try Calibrator.sampleGroups(setup, settings: settings, groups: groups)
            let text = PartFile.mcmc(groups: groups, results: results, shard: shard, digest: "d", settings: settings).text
            parts.append(("p\(index)", try PartFile.read(text, file: "p\(index)")))
        }
        let merged = try PartFile.merge(parts)
        let groups = try #require(PartFile.mcmcResults(merged.items))
        let joined = try Calibrator.posterior(setup, settings: settings, groups: groups, digest: "d")
        #expect(joined.calibrated.text(priors: joined.priors) == whole.calibrated.text(priors: whole.priors))
        // A part given twice, or one missing, is refused.
        #expect(throws: DiagnosticList.self) { try PartFile.merge([parts[0], parts[0]]) }
        #expect(throws: DiagnosticList.self) { try PartFile.merge([parts[0]]) }
    }

    /// Written and read back, the fit sits between base and the scenarios: base runs take the
    /// fitted growth, a scenario that sets growth keeps its own, and editing the data makes the
    /// file stale.
    @Test func calibratedValuesApplyBetweenBaseAndScenarios() throws {
        let assumptions = try Assumptions.load(Self.files())
        let setup = try CalibrationSetup(assumptions)
        let result = try Calibrator.optimize(setup, digest: assumptions.calibrationDigest(setup.spec))
        let text = result.calibrated.text(priors: result.priors)
        let fitted = try Assumptions.load(Self.files(["calibrated.json5": text]))
        #expect(fitted.warnings.isEmpty, "\(fitted.warnings)")
        let base = try Scenario.resolve("base", in: fitted)
        let growth = try #require(base.parameters.first { $0.name == "growth" })
        #expect(growth.value == result.estimates[1].value)
        #expect(growth.setBy == "calibrated" && growth.fitted != nil)
        #expect(growth.low == result.estimates[1].low && growth.high == result.estimates[1].high)
        let fast = try Scenario.resolve("fast", in: fitted)
        #expect(fast.parameters.first { $0.name == "growth" }?.value == 2)
        #expect(fast.parameters.first { $0.name == "x_start" }?.value == result.estimates[0].value)
        // The same file against other data: a located warning that it is stale.
        let edited = Self.history.replacingOccurrences(of: "generated", with: "regenerated")
        let stale = try Assumptions.load(Self.files(["calibrated.json5": text, "history/x.csv": edited]))
        #expect(stale.warnings.map(\.description).contains { $0.hasPrefix("a/calibrated.json5:9:13: warning: a/calibrated.json5 was fitted to other data") },
                "\(stale.warnings)")
    }

    /// A parameter the fitted scenario sets needs a prior of its own, and its fitted value then
    /// applies to that scenario only.
    @Test func aValueFittedInPlaceOfAScenariosOwnAppliesToItOnly() throws {
        let calibration = """
            { scenario: "fast", until: "2029", targets: [ { series: "x", history: "x.csv", column: "x_observed", observation: "lognormal", sigma: 0.05 } ],
              parameters: ["x_start", { name: "growth", value: 1.5, low: 1.05, high: 2.5, distribution: "uniform", source: "a stated prior" }] }
            """
        let assumptions = try Assumptions.load(Self.files(["calibration.json5": calibration]))
        let setup = try CalibrationSetup(assumptions)
        #expect(setup.free.map(\.scenario) == [nil, "fast"])
        let result = try Calibrator.optimize(setup, digest: assumptions.calibrationDigest(setup.spec))
        let fitted = try Assumptions.load(Self.files(["calibration.json5": calibration, "calibrated.json5": result.calibrated.text(priors: result.priors)]))
        #expect(try Scenario.resolve("fast", in: fitted).parameters.first { $0.name == "growth" }?.value == result.estimates[1].value)
        #expect(try Scenario.resolve("base", in: fitted).parameters.first { $0.name == "growth" }?.value == 1.3)
    }
}
