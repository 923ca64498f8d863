import Dynamics
import Foundation
import Scenarios

/// Reads an offer file (JSON5) against the market of the assumptions, collecting every problem
/// with its line and column.
///
/// ```json5
/// {
///   options: { horizon_years: 4, discount_rate: 0.05, scenarios: ["base", "sponsor-retreat"], runs: 1000, seed: 1 },
///   offers: [
///     { name: "lab", employer: "closed", level: "mid", base: 320000, bonus: 0, sign_on: 50000,
///       equity: { dollars: 1600000 }, vesting: "even", refresh_percent: 25, start: "2026Q1" },
///   ],
/// }
/// ```
public enum OfferFileReader {
    static let fileKeys = ["schema", "options", "offers"]
    static let optionKeys = ["horizon_years", "discount_rate", "scenarios", "runs", "seed"]
    static let offerKeys = ["name", "employer", "level", "base", "bonus", "sign_on", "equity", "vesting", "refresh_percent", "start", "location"]
    static let equityKeys = ["dollars", "units", "grant_price", "kind", "cap_multiple"]
    static let vestingKeys = ["shares", "cliff_months"]

    public static func read(_ data: Data, file: String, market: OfferMarket) throws(DiagnosticList) -> OfferFile {
        let root: JSONValue
        do {
            root = try JSON5Reader.parse(data, file: file)
        } catch {
            throw DiagnosticList([error])
        }
        var problems: [Diagnostic] = []
        guard let top = ObjectReader(root, file: file, context: "the offer file", problems: &problems) else {
            throw DiagnosticList(problems)
        }
        top.rejectUnknownKeys(fileKeys, problems: &problems)
        var result = OfferFile(offers: [], horizonYears: OfferFile.defaultHorizonYears, discountRate: OfferFile.defaultDiscountRate,
                               scenarios: market.scenarios, runs: OfferFile.defaultRuns, seed: 1)
        if let options = top.object("options", context: "options", problems: &problems) {
            readOptions(options, into: &result, market: market, problems: &problems)
        }
        let list = top.value["offers"].map { ObjectReader.elements(of: $0, key: "offers", expected: "an array of offers", file: file, problems: &problems) }
        if list?.isEmpty ?? true, !problems.contains(where: \.isError) {
            problems.append(Diagnostic(.error, OfferProblem.noOffers, at: top.location(ofKey: "offers")))
        }
        var names: Set<String> = []
        for (index, element) in (list ?? []).enumerated() {
            guard let reader = ObjectReader(element, file: file, context: "offer \(index + 1)", problems: &problems) else { continue }
            guard let offer = readOffer(reader, number: index + 1, horizon: result.horizonYears, market: market, problems: &problems) else { continue }
            if !names.insert(offer.name).inserted {
                problems.append(Diagnostic(.error, OfferProblem.nameTwice(offer.name), at: reader.location(ofKey: "name")))
            }
            result.offers.append(offer)
        }
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        return result
    }

    static func readOptions(_ options: ObjectReader, into result: inout OfferFile, market: OfferMarket, problems: inout [Diagnostic]) {
        options.rejectUnknownKeys(optionKeys, problems: &problems)
        if let years = whole(options, "horizon_years", in: 1...10, problems: &problems, else: OfferProblem.horizon) {
            result.horizonYears = years
        }
        if let rate = options.number("discount_rate", problems: &problems) {
            if rate >= 0, rate <= 1 {
                result.discountRate = rate
            } else {
                problems.append(Diagnostic(.error, OfferProblem.discountRate(rate), at: options.location(ofKey: "discount_rate")))
            }
        }
        if let runs = whole(options, "runs", in: 1...Double(OfferFile.maximumRuns), problems: &problems, else: OfferProblem.runs) { result.runs = runs }
        if let seed = whole(options, "seed", in: 0...9_007_199_254_740_991, problems: &problems, else: OfferProblem.seed) {
            result.seed = UInt64(seed)
        }
        if let scenarios = options.value["scenarios"] {
            var chosen: [String] = []
            for element in ObjectReader.elements(of: scenarios, key: "scenarios", expected: "an array of scenario names", file: options.file, problems: &problems) {
                guard let name = element.string else {
                    problems.append(Diagnostic(.error, AssumptionProblem.mistyped(key: "scenarios", context: "options", expected: "an array of strings",
                                                                                 found: element.typeName), at: options.location(of: element)))
                    continue
                }
                guard market.scenarios.contains(name) else {
                    problems.append(Diagnostic(.error, OfferProblem.unknownScenario(name, hint: Suggestion.hint(for: name, in: market.scenarios)),
                                               at: options.location(of: element)))
                    continue
                }
                if !chosen.contains(name) { chosen.append(name) }
            }
            if !chosen.isEmpty { result.scenarios = chosen }
        }
    }

    static func readOffer(_ reader: ObjectReader, number: Int, horizon: Int, market: OfferMarket, problems: inout [Diagnostic]) -> OfferFile.Offer? {
        reader.rejectUnknownKeys(offerKeys, problems: &problems)
        let errorsBefore = problems.filter(\.isError).count
        let name = reader.string("name", problems: &problems) ?? "offer \(number)"
        let employer = choice(reader, "employer", in: market.employers, problems: &problems) { OfferProblem.unknownEmployer($0, employers: market.employers) }
        let level = choice(reader, "level", in: market.levels, problems: &problems) { OfferProblem.unknownLevel($0, levels: market.levels) }
        let base = amount(reader, "base", what: "the base salary", problems: &problems)
        let bonus = amount(reader, "bonus", what: "the bonus", problems: &problems)
        let signOn = amount(reader, "sign_on", what: "the sign-on bonus", problems: &problems)
        let refreshPercent = amount(reader, "refresh_percent", what: "the refresh grant", problems: &problems)

        var grant = 0.0, kind = employer.flatMap { market.defaultKind[$0] } ?? OfferMarket.noEquity, cap: Double?
        if let equity = reader.object("equity", context: "the equity of offer '\(name)'", problems: &problems) {
            equity.rejectUnknownKeys(equityKeys, problems: &problems)
            let dollars = amount(equity, "dollars", what: "the grant's value", problems: &problems)
            let units = amount(equity, "units", what: "the number of units", problems: &problems)
            let price = amount(equity, "grant_price", what: "the grant price", problems: &problems)
            if dollars != nil, units != nil {
                problems.append(Diagnostic(.error, OfferProblem.equityTwoWays, at: equity.location(ofKey: "units")))
            } else if let units {
                if let price { grant = units * price } else {
                    problems.append(Diagnostic(.error, OfferProblem.unitsWithoutPrice, at: equity.location(ofKey: "units")))
                }
            } else {
                grant = dollars ?? 0
            }
            if let named = equity.value["kind"] {
                if let text = named.string, market.equityKinds.contains(text) {
                    kind = text
                } else {
                    let problem = named.string.map { OfferProblem.unknownEquityKind($0, kinds: market.equityKinds) }
                    problems.append(problem.map { Diagnostic(.error, $0, at: equity.location(of: named)) }
                                    ?? Diagnostic(.error, AssumptionProblem.mistyped(key: "kind", context: equity.context, expected: "a string",
                                                                                      found: named.typeName), at: equity.location(of: named)))
                }
            }
            if let multiple = equity.number("cap_multiple", problems: &problems) {
                if multiple >= 1 { cap = multiple } else {
                    problems.append(Diagnostic(.error, OfferProblem.capBelowOne(multiple), at: equity.location(ofKey: "cap_multiple")))
                }
            }
            if grant > 0, kind == OfferMarket.noEquity {
                let named = equity.value["kind"] != nil
                problems.append(Diagnostic(.error, OfferProblem.equityWithoutKind(employer: named ? nil : employer ?? "?"), at: equity.location))
            }
        }

        let usual = employer.flatMap { market.defaultSchedule[$0] }
        var vesting = usual.flatMap { market.scheduleShares[$0] } ?? [1], cliff = OfferFile.defaultCliffMonths
        if let written = reader.value["vesting"] {
            if let text = written.string {
                if let shares = market.scheduleShares[text] { vesting = shares } else {
                    problems.append(Diagnostic(.error, OfferProblem.unknownSchedule(text, schedules: market.schedules), at: reader.location(of: written)))
                }
            } else if let schedule = ObjectReader(written, file: reader.file, context: "the vesting of offer '\(name)'", problems: &problems) {
                schedule.rejectUnknownKeys(vestingKeys, problems: &problems)
                if let percents = schedule.numbers("shares", required: true, problems: &problems) {
                    vesting = checkedShares(percents, at: schedule.location(ofKey: "shares"), problems: &problems) ?? vesting
                }
                if let months = amount(schedule, "cliff_months", what: "the cliff", problems: &problems) { cliff = months }
            }
        }

        var start = market.first
        if let label = reader.string("start", problems: &problems) {
            if let quarter = Quarter(label) { start = quarter } else {
                problems.append(Diagnostic(.error, OfferProblem.badStart(label), at: reader.location(of: reader.value["start"]!)))
            }
        }
        // Checked against the model's locations; a model without them only records it.
        var location: String?
        if market.locations.isEmpty {
            location = reader.string("location", problems: &problems)
        } else {
            // Places are matched whatever their case: "London" is london.
            location = choice(reader, "location", in: market.locations, required: false, ignoringCase: true, problems: &problems) {
                OfferProblem.unknownLocation($0, locations: market.locations)
            }
        }
        let end = start.time + Double(horizon)
        if start < market.first || end > market.stop + 1e-9 {
            problems.append(Diagnostic(.error, OfferProblem.startOutsideRun(start: start.label, end: Quarter(containing: end - 0.125).label,
                                                                           first: market.first.label, last: Quarter(containing: market.stop - 0.125).label),
                                       at: reader.value["start"].map { reader.location(of: $0) } ?? reader.location))
        }
        guard problems.filter(\.isError).count == errorsBefore, let employer, let level else { return nil }
        return OfferFile.Offer(name: name, employer: employer, level: level, base: base ?? 0, bonus: bonus ?? 0, signOn: signOn ?? 0,
                               equityGrant: grant, equityKind: kind, vesting: vesting, cliffMonths: cliff,
                               refreshShare: refreshPercent.map { $0 / 100 } ?? market.defaultRefresh[employer] ?? 0,
                               capMultiple: cap, start: start, location: location)
    }

    /// Percentages that must add to 100, as fractions.
    static func checkedShares(_ percents: [Double], at location: SourceLocation, problems: inout [Diagnostic]) -> [Double]? {
        guard !percents.isEmpty else {
            problems.append(Diagnostic(.error, OfferProblem.vestingEmpty, at: location))
            return nil
        }
        if let negative = percents.first(where: { $0 < 0 }) {
            problems.append(Diagnostic(.error, OfferProblem.negativeAmount(what: "a vesting share", value: negative), at: location))
            return nil
        }
        let sum = percents.reduce(0, +)
        guard abs(sum - 100) <= 0.5 else {
            problems.append(Diagnostic(.error, OfferProblem.vestingSum(percent: sum), at: location))
            return nil
        }
        return percents.map { $0 / sum }
    }

    /// A whole number within `range`, or the problem `wrong` makes of it; nil when absent.
    static func whole(_ reader: ObjectReader, _ key: String, in range: ClosedRange<Double>, problems: inout [Diagnostic],
                      else wrong: (Double) -> OfferProblem) -> Int? {
        guard let value = reader.number(key, problems: &problems) else { return nil }
        guard range.contains(value), value == value.rounded() else {
            problems.append(Diagnostic(.error, wrong(value), at: reader.location(ofKey: key)))
            return nil
        }
        return Int(value)
    }

    /// A non-negative number; nil (and no problem) when absent.
    static func amount(_ reader: ObjectReader, _ key: String, what: String, problems: inout [Diagnostic]) -> Double? {
        guard let value = reader.number(key, problems: &problems) else { return nil }
        guard value >= 0 else {
            problems.append(Diagnostic(.error, OfferProblem.negativeAmount(what: what, value: value), at: reader.location(of: reader.value[key]!)))
            return nil
        }
        return value
    }

    /// A required string from `allowed`, or a problem made by `unknown`.
    static func choice(_ reader: ObjectReader, _ key: String, in allowed: [String], required: Bool = true, ignoringCase: Bool = false,
                       problems: inout [Diagnostic], unknown: (String) -> OfferProblem) -> String? {
        guard let text = reader.string(key, required: required, problems: &problems) else { return nil }
        guard let match = allowed.first(where: { ignoringCase ? $0.lowercased() == text.lowercased() : $0 == text }) else {
            problems.append(Diagnostic(.error, unknown(text), at: reader.location(of: reader.value[key]!)))
            return nil
        }
        return match
    }
}
