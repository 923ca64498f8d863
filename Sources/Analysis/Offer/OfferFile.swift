import Dynamics
import Scenarios

/// An offer file as read and checked: the offers to compare and how to value them. Money is in
/// constant 2023 US dollars, like the model.
public struct OfferFile: Sendable {
    /// One job offer.
    public struct Offer: Sendable {
        public var name: String
        public var employer: String
        public var level: String
        /// Salary and cash bonus, dollars a year.
        public var base: Double
        public var bonus: Double
        /// Paid once, at the start.
        public var signOn: Double
        /// The grant's value at the grant valuation, dollars (units × grant price when given as units).
        public var equityGrant: Double
        public var equityKind: String
        /// Share of the grant vesting in each year, fractions adding to 1.
        public var vesting: [Double]
        /// Nothing vests before the cliff; what would have vests at it.
        public var cliffMonths: Double
        /// A refresh grant at each anniversary, as a share of the start grant's value.
        public var refreshShare: Double
        /// The most a unit may be worth, in multiples of its grant price (OpenAI's PPUs: 10).
        public var capMultiple: Double?
        public var start: Quarter
        /// Recorded and shown; pay is not adjusted for it.
        public var location: String?

        public init(name: String, employer: String, level: String, base: Double, bonus: Double, signOn: Double, equityGrant: Double,
                    equityKind: String, vesting: [Double], cliffMonths: Double, refreshShare: Double, capMultiple: Double?, start: Quarter,
                    location: String?) {
            self.name = name
            self.employer = employer
            self.level = level
            self.base = base
            self.bonus = bonus
            self.signOn = signOn
            self.equityGrant = equityGrant
            self.equityKind = equityKind
            self.vesting = vesting
            self.cliffMonths = cliffMonths
            self.refreshShare = refreshShare
            self.capMultiple = capMultiple
            self.start = start
            self.location = location
        }

        /// Equity a year at grant value: the grant spread over its vesting years.
        public var equityPerYearAtGrant: Double { vesting.isEmpty ? 0 : equityGrant / Double(vesting.count) }
        /// The yearly package as offers are quoted: base + bonus + equity a year at grant value.
        public var quotedTotal: Double { base + bonus + equityPerYearAtGrant }
    }

    public var offers: [Offer]
    /// Years valued from each offer's start.
    public var horizonYears: Int
    /// Real discount rate a year for present values.
    public var discountRate: Double
    public var scenarios: [String]
    public var runs: Int
    public var seed: UInt64

    public static let defaultHorizonYears = 4
    public static let defaultDiscountRate = 0.05
    public static let defaultRuns = 1000
    public static let maximumRuns = 100_000
    /// A one-year cliff, the common four-year grant's (assumptions/history/vesting.csv row 2021-09,
    /// Microsoft: cliff_months 12; the other rows state none or no cliff).
    public static let defaultCliffMonths = 12.0
}
