import Analysis
import Foundation
import Scenarios
import Testing

/// Offer cash flows against values worked out by hand: present values of known flows, vesting
/// of known grants with and without a cliff, refresh grants, equity on a known price path, a cap.
struct OfferValuationTests {
    static let tolerance = 1e-9

    /// Quarterly paths from 2025.0 to 2035.0 with the unit price `price(t)` and a realisable
    /// value of `share` × the price.
    static func paths(share: Double = 1, price: (Double) -> Double = { _ in 1 }) -> OfferPaths {
        let times = (0...40).map { 2025 + Double($0) / 4 }
        return OfferPaths(start: 2025, step: 0.25, price: ["public_stock": times.map(price)],
                          realisable: ["public_stock": times.map { share * price($0) }])
    }

    static func offer(grant: Double = 400_000, vesting: [Double] = [0.25, 0.25, 0.25, 0.25], cliff: Double = 12, refresh: Double = 0,
                      cap: Double? = nil) -> OfferFile.Offer {
        OfferFile.Offer(name: "test", employer: "open", level: "mid", base: 100_000, bonus: 20_000, signOn: 10_000, equityGrant: grant,
                        equityKind: "public_stock", vesting: vesting, cliffMonths: cliff, refreshShare: refresh, capMultiple: cap,
                        start: Quarter(year: 2025, quarter: 1), location: nil)
    }

    @Test func presentValueOfAKnownCashFlow() {
        // 100 now, 110 in a year, 121 in two, at 10% a year: 100 + 100 + 100.
        let value = OfferValuation.presentValue([(0, 100), (1, 110), (2, 121)], rate: 0.1)
        #expect(abs(value - 300) < Self.tolerance)
        // At a zero rate the present value is the sum.
        #expect(OfferValuation.presentValue([(0.25, 5), (3, 7)], rate: 0) == 12)
    }

    @Test func aOneYearCliffVestsTheFirstYearAtTwelveMonths() {
        let shares = OfferValuation.quarterlyShares([0.25, 0.25, 0.25, 0.25], cliffMonths: 12)
        #expect(shares.count == 16)
        #expect(shares[0..<3].allSatisfy { $0 == 0 })
        #expect(shares[3] == 0.25)
        #expect(shares[4...].allSatisfy { $0 == 0.0625 })
        #expect(abs(shares.reduce(0, +) - 1) < Self.tolerance)
        // Without a cliff, a front-loaded year 1 vests a twelfth of 33% every month, 8.25% a quarter.
        // A cliff longer than the grant vests it all in its last quarter.
        let longCliff = OfferValuation.quarterlyShares([0.5, 0.5], cliffMonths: 1e300)
        #expect(longCliff == [0, 0, 0, 0, 0, 0, 0, 1])
        let front = OfferValuation.quarterlyShares([0.33, 0.33, 0.22, 0.12], cliffMonths: 0)
        #expect(abs(front[0] - 0.0825) < Self.tolerance)
        #expect(abs(front[15] - 0.03) < Self.tolerance)
    }

    @Test func aKnownGrantAtAFlatPriceVestsItsDollars() {
        let flows = OfferValuation.flows(Self.offer(), horizonYears: 4, paths: Self.paths())
        // 120K cash a year, 100K of equity a year, the 10K sign-on in year 1.
        #expect(flows.years.count == 4)
        #expect(abs(flows.years[0] - 230_000) < 1e-6)
        for year in 1..<4 { #expect(abs(flows.years[year] - 220_000) < 1e-6) }
        #expect(abs(flows.total - 890_000) < 1e-6)
        // The cliff: nothing vests in the first three quarters, 100K in the fourth.
        #expect(flows.equity[0..<3].allSatisfy { $0 == 0 })
        #expect(abs(flows.equity[3] - 100_000) < 1e-6)
    }

    @Test func refreshGrantsAddTheScheduleOfEachAnniversary() {
        // A refresh of 25% (100K) at each anniversary, on the same schedule and cliff: year 2 vests
        // the first refresh's first year (25K), year 3 two refreshes' (50K), year 4 three (75K).
        let flows = OfferValuation.flows(Self.offer(refresh: 0.25), horizonYears: 4, paths: Self.paths())
        let expected = [230_000.0, 245_000, 270_000, 295_000]
        for (year, value) in expected.enumerated() { #expect(abs(flows.years[year] - value) < 1e-6) }
    }

    @Test func equityVestsAtThePriceOfItsQuarter() {
        // A price doubling a year and no cliff: the quarter ending at 2025 + q/4 vests 25K × 2^(q/4).
        let flows = OfferValuation.flows(Self.offer(cliff: 0), horizonYears: 1, paths: Self.paths { pow(2, $0 - 2025) })
        let expected = 25_000 * (pow(2, 0.25) + pow(2, 0.5) + pow(2, 0.75) + 2)
        #expect(abs(flows.equity.reduce(0, +) - expected) < 1e-6)
        // Realising 80% of the price (a liquidity discount) scales the equity by 0.8.
        let discounted = OfferValuation.flows(Self.offer(cliff: 0), horizonYears: 1, paths: Self.paths(share: 0.8) { pow(2, $0 - 2025) })
        #expect(abs(discounted.equity.reduce(0, +) - 0.8 * expected) < 1e-6)
    }

    @Test func aGrowthCapHoldsTheUnitValue() {
        // Tenfold growth a year capped at 1.5x the grant price: every quarter after the first
        // vests at most 1.5 × its dollars.
        let flows = OfferValuation.flows(Self.offer(cliff: 0, cap: 1.5), horizonYears: 2, paths: Self.paths { pow(10, $0 - 2025) })
        #expect(abs(flows.equity[0] - 25_000 * min(pow(10, 0.25), 1.5)) < 1e-6)
        #expect(flows.equity[1...].allSatisfy { abs($0 - 37_500) < 1e-6 })
    }

    @Test func presentValueDiscountsEachQuarterAtItsEnd() {
        // No equity: the sign-on at 0 and 30K at the end of each quarter of one year.
        let flows = OfferValuation.flows(Self.offer(grant: 0), horizonYears: 1, paths: Self.paths())
        let rate = 0.08
        let expected = 10_000 + (1...4).map { 30_000 / pow(1 + rate, Double($0) / 4) }.reduce(0, +)
        #expect(abs(flows.presentValue(rate: rate) - expected) < 1e-6)
    }

    @Test func equityOutcomesHaveTheExpectedPathAsTheirMean() {
        // A failed company's equity is worth nothing.
        let failed = OfferValuation.flows(Self.offer(), horizonYears: 4, paths: Self.paths(),
                                          outcome: EquityOutcome(scale: 0, normal: 1, variance: 0.2))
        #expect(failed.equity.allSatisfy { $0 == 0 })
        // A survivor of a 50% chance of failure is worth twice the path when the spread is zero.
        let survivor = OfferValuation.flows(Self.offer(), horizonYears: 4, paths: Self.paths(),
                                            outcome: EquityOutcome(scale: 2, normal: 0, variance: 0))
        #expect(abs(survivor.equity.reduce(0, +) - 800_000) < 1e-6)
    }
}
