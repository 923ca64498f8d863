import Foundation

/// An offer's pay over its horizon, quarter by quarter: base and bonus a quarter each, the
/// sign-on at the start, and the equity vesting in the quarter at the value the scenario gives it.
public struct OfferCashFlows: Sendable, Equatable {
    /// Base and bonus paid at the end of each quarter.
    public var cash: [Double]
    /// Equity vesting in each quarter, valued at the quarter's end.
    public var equity: [Double]
    /// Paid at the start.
    public var signOn: Double

    /// Realised pay in each year of the horizon (the sign-on in the first).
    public var years: [Double] {
        var years = [Double](repeating: 0, count: cash.count / 4)
        for quarter in cash.indices { years[quarter / 4] += cash[quarter] + equity[quarter] }
        if !years.isEmpty { years[0] += signOn }
        return years
    }

    /// Everything paid over the horizon, undiscounted.
    public var total: Double { signOn + cash.reduce(0, +) + equity.reduce(0, +) }

    /// Present value at the start at `rate` a year: Σ amount / (1 + rate)^t, t in years from the
    /// start (the sign-on at 0, each quarter's pay at its end).
    public func presentValue(rate: Double) -> Double {
        var flows = [(time: 0.0, amount: signOn)]
        for quarter in cash.indices { flows.append((Double(quarter + 1) / 4, cash[quarter] + equity[quarter])) }
        return OfferValuation.presentValue(flows, rate: rate)
    }
}

/// How an offer's equity turns out in one Monte Carlo run, around the scenario's expected path:
/// the company fails (worth nothing) or survives (worth 1 / (1 − p) of the path, so the mean is
/// the path), times a lognormal factor exp(z √(v τ) − v τ / 2) of mean 1, τ years since the start.
public struct EquityOutcome: Sendable {
    public var scale: Double
    public var normal: Double
    /// Log-variance a year.
    public var variance: Double

    public static let expected = EquityOutcome(scale: 1, normal: 0, variance: 0)

    public init(scale: Double, normal: Double, variance: Double) {
        self.scale = scale
        self.normal = normal
        self.variance = variance
    }

    func factor(years: Double) -> Double {
        guard scale > 0 else { return 0 }
        let spread = variance * max(years, 0)
        return scale * exp(normal * spread.squareRoot() - spread / 2)
    }
}

/// Values offers on the paths of a run.
public enum OfferValuation {
    /// Present value of `flows` at `rate` a year: Σ amount / (1 + rate)^time.
    public static func presentValue(_ flows: [(time: Double, amount: Double)], rate: Double) -> Double {
        var sum = 0.0
        for flow in flows { sum += flow.amount / pow(1 + rate, flow.time) }
        return sum
    }

    /// The share of a grant vesting in each quarter of its life: a year's share spread evenly
    /// over its four quarters, except that nothing vests before the cliff and everything that
    /// would have vests in the quarter the cliff ends.
    public static func quarterlyShares(_ yearly: [Double], cliffMonths: Double) -> [Double] {
        var shares: [Double] = []
        for share in yearly { shares += [Double](repeating: share / 4, count: 4) }
        // Clamped before converting: a cliff of 1e300 months is longer than any grant, not a trap.
        let cliffQuarters = Int(min(Double(shares.count), max(0, (cliffMonths / 3).rounded(.up))))
        if cliffQuarters > 1 {
            let atCliff = shares[0..<cliffQuarters].reduce(0, +)
            for quarter in 0..<cliffQuarters - 1 { shares[quarter] = 0 }
            shares[cliffQuarters - 1] = atCliff
        }
        return shares
    }

    /// `offer`'s pay over `horizonYears` on `paths`: the start grant at the start and a refresh
    /// grant at each anniversary (refreshShare × the start grant's value, priced then), each
    /// vesting on the offer's schedule, every dollar vesting worth what `paths` and `outcome` make
    /// of it.
    public static func flows(_ offer: OfferFile.Offer, horizonYears: Int, paths: OfferPaths,
                             outcome: EquityOutcome = .expected) -> OfferCashFlows {
        let quarters = 4 * horizonYears, start = offer.start.time
        let cash = [Double](repeating: (offer.base + offer.bonus) / 4, count: quarters)
        var equity = [Double](repeating: 0, count: quarters)
        let shares = quarterlyShares(offer.vesting, cliffMonths: offer.cliffMonths)
        if offer.equityGrant > 0 {
            var grants = [(year: 0, dollars: offer.equityGrant)]
            if offer.refreshShare > 0 {
                for year in 1..<max(1, horizonYears) { grants.append((year, offer.equityGrant * offer.refreshShare)) }
            }
            for grant in grants {
                let granted = start + Double(grant.year)
                for (age, share) in shares.enumerated() where share > 0 {
                    let quarter = 4 * grant.year + age
                    guard quarter < quarters else { break }
                    let vested = start + Double(quarter + 1) / 4
                    equity[quarter] += grant.dollars * share * paths.ratio(offer.equityKind, granted: granted, vested: vested, cap: offer.capMultiple)
                        * outcome.factor(years: vested - start)
                }
            }
        }
        return OfferCashFlows(cash: cash, equity: equity, signOn: offer.signOn)
    }
}
