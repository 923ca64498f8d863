import Dynamics
import Scenarios

/// Everything that can be wrong with an offer file; all of its wording lives here.
public enum OfferProblem: Problem {
    case noOffers
    case unknownEmployer(String, hint: String?, employers: [String])
    case unknownLevel(String, hint: String?, levels: [String])
    case unknownEquityKind(String, hint: String?, kinds: [String])
    case unknownSchedule(String, hint: String?, schedules: [String])
    case unknownLocation(String, hint: String?, locations: [String])
    case unknownScenario(String, hint: String?)
    case negativeAmount(what: String, value: Double)
    case vestingSum(percent: Double)
    case vestingEmpty
    case equityTwoWays
    case unitsWithoutPrice
    /// `employer` is nil when the file itself names the kind `none`.
    case equityWithoutKind(employer: String?)
    case badStart(String)
    case startOutsideRun(start: String, end: String, first: String, last: String)
    case horizon(Double)
    case discountRate(Double)
    case runs(Double)
    case seed(Double)
    case nameTwice(String)
    case capBelowOne(Double)

    public var message: String {
        switch self {
        case .noOffers: "the file lists no offers"
        case .unknownEmployer(let name, _, _): "unknown employer '\(name)'"
        case .unknownLevel(let name, _, _): "unknown level '\(name)'"
        case .unknownEquityKind(let name, _, _): "unknown equity kind '\(name)'"
        case .unknownSchedule(let name, _, _): "unknown vesting schedule '\(name)'"
        case .unknownLocation(let name, _, _): "unknown location '\(name)'"
        case .unknownScenario(let name, _): "unknown scenario '\(name)'"
        case .negativeAmount(let what, let value): "\(what) is negative (\(ExpressionPrinter.formatNumber(value)))"
        case .vestingSum(let percent): "the vesting shares add to \(ExpressionPrinter.formatNumber(percent))%, not 100%"
        case .vestingEmpty: "the vesting schedule has no years"
        case .equityTwoWays: "the equity grant is given both as dollars and as units"
        case .unitsWithoutPrice: "the equity grant gives units without a grant price"
        case .equityWithoutKind(let employer):
            employer.map { "an equity grant at '\($0)', which grants no equity" } ?? "an equity grant of kind 'none'"
        case .badStart(let text): "'\(text)' is not a quarter"
        case .startOutsideRun(let start, let end, let first, let last):
            "the offer runs from \(start) to \(end), outside the run, which covers \(first) to \(last)"
        case .horizon(let years): "the horizon must be a whole number of years from 1 to 10, not \(ExpressionPrinter.formatNumber(years))"
        case .discountRate(let rate): "the discount rate must be from 0 to 1 a year, not \(ExpressionPrinter.formatNumber(rate))"
        case .runs(let runs): "runs must be a whole number from 1 to \(OfferFile.maximumRuns), not \(ExpressionPrinter.formatNumber(runs))"
        case .seed(let seed): "the seed must be a whole number from 0 to 2^53-1, not \(ExpressionPrinter.formatNumber(seed))"
        case .nameTwice(let name): "two offers are named '\(name)'"
        case .capBelowOne(let cap): "the growth cap must be at least 1 (times the grant value), not \(ExpressionPrinter.formatNumber(cap))"
        }
    }

    public var hint: String? {
        switch self {
        case .noOffers: "list them as offers: [ { name: \"lab\", employer: \"closed\", level: \"mid\", base: 300000 } ]"
        case .unknownEmployer(_, let hint, let employers): hint ?? "the employers are \(employers.joined(separator: ", "))"
        case .unknownLevel(_, let hint, let levels): hint ?? "the levels are \(levels.joined(separator: ", "))"
        case .unknownEquityKind(_, let hint, let kinds): hint ?? "the kinds are \(kinds.joined(separator: ", "))"
        case .unknownSchedule(_, let hint, let schedules):
            hint ?? "the schedules are \(schedules.joined(separator: ", ")), or give shares: { shares: [25, 25, 25, 25] }"
        case .unknownLocation(_, let hint, let locations):
            hint ?? "the locations are \(locations.joined(separator: ", ")) (the model's `location` dimension), or leave location out for the cells' own market"
        case .unknownScenario(_, let hint): hint ?? "see `forecast list scenarios`"
        case .negativeAmount: "amounts are dollars a year (base, bonus) or once (sign_on, the grant), zero or more"
        case .vestingSum: "give each year's percentage of the grant, e.g. [25, 25, 25, 25] or [33, 33, 22, 12]"
        case .vestingEmpty: "e.g. shares: [25, 25, 25, 25]"
        case .equityTwoWays: "give either dollars (the grant's value at the grant valuation) or units and grant_price"
        case .unitsWithoutPrice: "add grant_price, the price of one unit at the grant valuation"
        case .equityWithoutKind: "name the kind of equity, e.g. kind: \"public_stock\", or leave the grant out"
        case .badStart: "e.g. start: \"2026Q1\""
        case .startOutsideRun(_, _, let first, let last): "start from \(first), and end by \(last) (a shorter horizon_years)"
        case .horizon: "e.g. horizon_years: 4"
        case .discountRate: "e.g. discount_rate: 0.05 for 5% a year"
        case .runs: "e.g. runs: 1000 (or --runs 1000)"
        case .seed: "e.g. seed: 1"
        case .nameTwice: "give each offer its own name"
        case .capBelowOne: "e.g. cap_multiple: 10"
        }
    }

    static func unknownEmployer(_ name: String, employers: [String]) -> OfferProblem {
        .unknownEmployer(name, hint: Suggestion.hint(for: name, in: employers), employers: employers)
    }

    static func unknownLevel(_ name: String, levels: [String]) -> OfferProblem {
        .unknownLevel(name, hint: Suggestion.hint(for: name, in: levels), levels: levels)
    }

    static func unknownEquityKind(_ name: String, kinds: [String]) -> OfferProblem {
        .unknownEquityKind(name, hint: Suggestion.hint(for: name, in: kinds), kinds: kinds)
    }

    static func unknownLocation(_ name: String, locations: [String]) -> OfferProblem {
        .unknownLocation(name, hint: Suggestion.hint(for: name, in: locations), locations: locations)
    }

    static func unknownSchedule(_ name: String, schedules: [String]) -> OfferProblem {
        .unknownSchedule(name, hint: Suggestion.hint(for: name, in: schedules), schedules: schedules)
    }
}
