import Dynamics
import Foundation
import Scenarios

/// Offers valued under scenarios and uncertainty: realised pay year by year in each scenario;
/// percentiles of total and present value from a Monte Carlo of the first scenario (parameters
/// drawn from their ranges, each company's equity outcome drawn around the scenario's path);
/// where each offer sits in its cell's market band at its start and at the horizon; the chance
/// each offer beats each other; which offer wins in each scenario; the valuation growth at which
/// two offers are worth the same; and the assumptions that move each offer's value most.
public struct OfferAnalysis: Sendable {
    public struct ScenarioValue: Sendable {
        public var scenario: String
        public var years: [Double]
        public var total: Double
        public var presentValue: Double
    }

    /// An offer's pay against its employer × level cell of the market (lognormal around the
    /// median with log-spread `pay_spread`), and against the tail of exceptional offers.
    public struct Band: Sendable {
        public var quarter: Quarter
        public var value: Double
        public var p10: Double
        public var median: Double
        public var p90: Double
        /// Φ(ln(value / median) / spread): the share of the cell paid less.
        public var percentile: Double
        /// Above the tail's threshold: the share of exceptional offers it beats, 1 − (threshold / value)^α.
        public var tailPercentile: Double?
    }

    public struct OfferResult: Sendable {
        public var offer: OfferFile.Offer
        public var scenarios: [ScenarioValue]
        /// P10, P50, P90 of the Monte Carlo runs.
        public var total: [Double]
        public var presentValue: [Double]
        /// The offer's quoted yearly package against the cell at its start; its last year's
        /// realised pay (first scenario) against the cell at the horizon.
        public var bandAtStart: Band
        public var bandAtHorizon: Band
        /// The (at most) three assumptions whose range moves the present value most (first scenario).
        public var drivers: [SensitivityResult.Swing]
    }

    /// Two offers compared.
    public struct Pair: Sendable {
        public var first: String
        public var second: String
        /// Share of Monte Carlo runs in which the first's present value is higher.
        public var firstWins: Double
        /// The offer whose equity growth is varied for the break-even, if either has equity.
        public var breakEvenOffer: String?
        /// The growth a year of that offer's equity price at which both present values are equal
        /// (nil when none from ×0.2 to ×5 a year makes them equal).
        public var breakEvenGrowth: Double?
        /// The same price's average growth a year in the first scenario.
        public var scenarioGrowth: Double?
    }

    public var file: OfferFile
    public var offers: [OfferResult]
    public var pairs: [Pair]
    /// The offer with the highest present value in each scenario.
    public var winners: [(scenario: String, offer: String)]
    /// Monte Carlo runs left out because they stopped on a non-finite value.
    public var failedRuns: Int

    public static let percentiles = [10.0, 50, 90]
    /// A stream offset for the equity outcome draws, apart from the parameters' streams.
    static let outcomeStream: UInt64 = 0x6F66_6665_7200_0000

    /// - Parameters:
    ///   - compiled: the scenarios of `file.scenarios`, in that order (the first is the one Monte
    ///     Carlo, market bands, sensitivity and break-evens use).
    ///   - correlations: the assumptions' rank correlations, for the Monte Carlo draws.
    ///   - progress: called with the number of Monte Carlo runs finished, one call at a time.
    public static func run(_ file: OfferFile, compiled: [CompiledScenario], correlations: [(String, String, Double)] = [],
                           progress: (@Sendable (Int) -> Void)? = nil) throws -> OfferAnalysis {
        let first = compiled[0]
        let settings = quarterly(first.settings)
        let kinds = Array(Set(file.offers.map(\.equityKind))).sorted()
        var scenarioFlows: [[OfferCashFlows]] = []
        var firstResult: RunResult?
        for scenario in compiled {
            let result = try scenario.model.run(quarterly(scenario.settings), parameters: scenario.parameterValues([:]))
            if firstResult == nil { firstResult = result }
            let paths = OfferPaths(result, kinds: kinds)
            scenarioFlows.append(file.offers.map { OfferValuation.flows($0, horizonYears: file.horizonYears, paths: paths) })
        }
        let baseResult = firstResult!, basePaths = OfferPaths(baseResult, kinds: kinds)
        let values = first.parameterValues([:])
        let (montecarlo, failed) = try monteCarlo(file, compiled: first, settings: settings, kinds: kinds, correlations: correlations,
                                                  progress: progress.map { ProgressCounter(runs: file.runs, passes: 1, report: $0) })
        let drivers = try sensitivity(file, compiled: first, settings: settings, kinds: kinds)

        var results: [OfferResult] = []
        for (k, offer) in file.offers.enumerated() {
            let scenarioValues = compiled.indices.map { s in
                ScenarioValue(scenario: compiled[s].scenario.name, years: scenarioFlows[s][k].years, total: scenarioFlows[s][k].total,
                              presentValue: scenarioFlows[s][k].presentValue(rate: file.discountRate))
            }
            let horizonQuarter = Quarter(containing: offer.start.time + Double(file.horizonYears) - 0.125)
            results.append(OfferResult(
                offer: offer, scenarios: scenarioValues,
                total: percentiles(montecarlo.map { $0[k].total }), presentValue: percentiles(montecarlo.map { $0[k].presentValue }),
                bandAtStart: band(offer, value: offer.quotedTotal, at: offer.start, result: baseResult, model: first.model, values: values),
                bandAtHorizon: band(offer, value: scenarioValues[0].years.last ?? 0, at: horizonQuarter, result: baseResult,
                                    model: first.model, values: values),
                drivers: drivers[k]))
        }
        var pairs: [Pair] = []
        for a in file.offers.indices {
            for b in file.offers.indices where b > a {
                let wins = montecarlo.isEmpty ? 0 : Double(montecarlo.filter { $0[a].presentValue > $0[b].presentValue }.count) / Double(montecarlo.count)
                pairs.append(breakEven(file, a, b, paths: basePaths, wins: wins))
            }
        }
        var winners: [(String, String)] = []
        for (s, scenario) in compiled.enumerated() {
            var best = 0
            for k in file.offers.indices where results[k].scenarios[s].presentValue > results[best].scenarios[s].presentValue { best = k }
            winners.append((scenario.scenario.name, file.offers[best].name))
        }
        return OfferAnalysis(file: file, offers: results, pairs: pairs, winners: winners, failedRuns: failed)
    }

    static func quarterly(_ settings: RunSettings) -> RunSettings {
        var settings = settings
        settings.saveEvery = 0.25
        return settings
    }

    static func percentiles(_ values: [Double]) -> [Double] {
        let sorted = values.sorted()
        return sorted.isEmpty ? percentiles.map { _ in .nan } : percentiles.map { Percentile.of(sorted: sorted, $0) }
    }

    /// Total and present value of every offer in each Monte Carlo run that finished, in run order.
    static func monteCarlo(_ file: OfferFile, compiled: CompiledScenario, settings: RunSettings, kinds: [String],
                           correlations: [(String, String, Double)], progress: ProgressCounter?) throws
        -> (runs: [[(total: Double, presentValue: Double)]], failed: Int) {
        let sampler = try ParameterSampler(compiled, seed: file.seed, correlations: correlations)
        let model = compiled.model, count = file.offers.count, runs = file.runs
        let buffer = SharedBuffer<Double>(count: runs * count * 2, initial: .nan)
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (runs + 63) / 64))
        MonteCarlo.perform(threads) { worker in
            var values = sampler.baseValues, scratch = sampler.makeScratch()
            for run in stride(from: worker, to: runs, by: threads) {
                defer { progress?.add(1) }
                sampler.draw(run: run, into: &values, scratch: &scratch)
                guard let result = try? model.run(settings, parameters: values) else { continue }
                let paths = OfferPaths(result, kinds: kinds)
                var generator = Xoshiro256StarStar(seed: file.seed ^ outcomeStream, stream: UInt64(run))
                for (k, offer) in file.offers.enumerated() {
                    let outcome = drawOutcome(offer.equityKind, model: model, values: values, generator: &generator)
                    let flows = OfferValuation.flows(offer, horizonYears: file.horizonYears, paths: paths, outcome: outcome)
                    buffer.pointer[(run * count + k) * 2] = flows.total
                    buffer.pointer[(run * count + k) * 2 + 1] = flows.presentValue(rate: file.discountRate)
                }
            }
        }
        var results: [[(total: Double, presentValue: Double)]] = [], failed = 0
        for run in 0..<runs {
            guard buffer.pointer[run * count * 2].isFinite else {
                failed += 1
                continue
            }
            results.append((0..<count).map { (buffer.pointer[(run * count + $0) * 2], buffer.pointer[(run * count + $0) * 2 + 1]) })
        }
        if results.isEmpty, runs > 0 { throw AnalysisProblem.runsLeftOut(failed: runs, runs: runs).diagnostic }
        return (results, failed)
    }

    /// One company's outcome: failure with `equity_failure_probability`, else a lognormal factor
    /// with `equity_outcome_variance` a year (both of the run's parameter values).
    static func drawOutcome(_ kind: String, model: CompiledModel, values: [Double], generator: inout Xoshiro256StarStar) -> EquityOutcome {
        func parameter(_ name: String) -> Double { model.parameterIndex(of: "\(name)[\(kind)]").map { values[$0] } ?? 0 }
        let failure = min(max(parameter("equity_failure_probability"), 0), 0.999)
        let survives = generator.nextUnit() >= failure
        let normal = StandardNormal.quantile(generator.nextOpenUnit())
        return EquityOutcome(scale: survives ? 1 / (1 - failure) : 0, normal: normal, variance: max(parameter("equity_outcome_variance"), 0))
    }

    /// For each offer, the three ranged parameters whose low-to-high swing moves its present value most.
    static func sensitivity(_ file: OfferFile, compiled: CompiledScenario, settings: RunSettings, kinds: [String]) throws -> [[SensitivityResult.Swing]] {
        let presentValues: @Sendable (RunResult) -> [Double] = { result in
            let paths = OfferPaths(result, kinds: kinds)
            return file.offers.map { OfferValuation.flows($0, horizonYears: file.horizonYears, paths: paths).presentValue(rate: file.discountRate) }
        }
        let base = presentValues(try compiled.model.run(settings, parameters: compiled.parameterValues([:])))
        let (ranged, lows, highs) = try Sensitivity.runs(compiled, settings: settings, baseValues: base, read: presentValues)
        return file.offers.indices.map { k in
            var swings = ranged.indices.map { p in
                SensitivityResult.Swing(parameter: ranged[p].name, low: ranged[p].low!, high: ranged[p].high!,
                                        valueAtLow: lows[p][k], valueAtHigh: highs[p][k], isJudgement: ranged[p].isJudgement)
            }
            // A swing within rounding of the value is no swing: an offer without equity moves with nothing.
            swings = swings.filter { $0.swing > 1e-9 * max(abs(base[k]), 1) }
            swings.sort { $0.swing != $1.swing ? $0.swing > $1.swing : $0.parameter < $1.parameter }
            return Array(swings.prefix(3))
        }
    }

    /// The cell's band where the offer is: the cell's pay times the location's factor
    /// (`pay_location_factor`; 1 without a location).
    static func band(_ offer: OfferFile.Offer, value: Double, at quarter: Quarter, result: RunResult, model: CompiledModel,
                     values: [Double]) -> Band {
        let cell = "[\(offer.employer),\(offer.level)]"
        let factor = offer.location.flatMap { model.parameterIndex(of: "pay_location_factor[\($0)]") }.map { values[$0] } ?? 1
        func series(_ name: String) -> Double { (result.value(name, at: quarter.time) ?? .nan) * factor }
        let spread = model.parameterIndex(of: "pay_spread[\(offer.employer)]").map { values[$0] } ?? .nan
        let median = series("pay_median_total\(cell)")
        let percentile = value > 0 && spread > 0 ? StandardNormal.cdf(log(value / median) / spread) : 0
        // The tail of exceptional offers is one market: labs bid for the same people everywhere.
        let threshold = result.value("top_offer_threshold", at: quarter.time) ?? .nan
        let alpha = model.parameterIndex(of: "top_offer_pareto_index").map { values[$0] } ?? .nan
        let tail = value > threshold ? 1 - pow(threshold / value, alpha) : nil
        return Band(quarter: quarter, value: value, p10: series("pay_p10\(cell)"), median: median, p90: series("pay_p90\(cell)"),
                    percentile: percentile, tailPercentile: tail)
    }

    /// The pair `a`, `b`: the chance `a` wins, and the growth of the first offer with equity at
    /// which the two present values are equal (bisection on the log of the growth).
    static func breakEven(_ file: OfferFile, _ a: Int, _ b: Int, paths: OfferPaths, wins: Double) -> Pair {
        let offers = file.offers
        var pair = Pair(first: offers[a].name, second: offers[b].name, firstWins: wins)
        guard let varied = [a, b].first(where: { offers[$0].equityGrant > 0 && offers[$0].equityKind != OfferMarket.noEquity }) else { return pair }
        let other = varied == a ? b : a, offer = offers[varied]
        let target = OfferValuation.flows(offers[other], horizonYears: file.horizonYears, paths: paths).presentValue(rate: file.discountRate)
        func gap(_ logGrowth: Double) -> Double {
            let grown = paths.withGrowth(exp(logGrowth), of: offer.equityKind, from: offer.start.time)
            return OfferValuation.flows(offer, horizonYears: file.horizonYears, paths: grown).presentValue(rate: file.discountRate) - target
        }
        pair.breakEvenOffer = offer.name
        pair.scenarioGrowth = paths.growth(offer.equityKind, from: offer.start.time, years: Double(file.horizonYears))
        var low = log(0.2), high = log(5.0)
        guard gap(low) <= 0, gap(high) >= 0 else { return pair }
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if gap(middle) < 0 { low = middle } else { high = middle }
        }
        pair.breakEvenGrowth = exp((low + high) / 2)
        return pair
    }
}
