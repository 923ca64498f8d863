import Analysis
import Dynamics
import Foundation
import Scenarios

/// Renders an offer analysis: the `forecast.offer/1` JSON object and the terminal table.
public enum OfferOutput {
    /// `forecast.offer/1`.
    public static func json(_ analysis: OfferAnalysis, digest: String, warnings: [Diagnostic]) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        func string(_ text: String?) -> JSONValue { text.map { JSONValue(.string($0)) } ?? JSONValue(.null) }
        func number(_ x: Double?) -> JSONValue { x.map { $0.isFinite ? JSONValue(.number($0)) : JSONValue(.null) } ?? JSONValue(.null) }
        func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map { number($0) })) }
        func object(_ members: [JSONValue.Member]) -> JSONValue { JSONValue(.object(members)) }
        func band(_ band: OfferAnalysis.Band) -> JSONValue {
            object([member("quarter", string(band.quarter.label)), member("value", number(band.value)), member("p10", number(band.p10)),
                    member("median", number(band.median)), member("p90", number(band.p90)), member("percentile", number(band.percentile)),
                    member("tail_percentile", number(band.tailPercentile))])
        }
        let file = analysis.file
        let offers = analysis.offers.map { result in
            let offer = result.offer
            return object([
                member("name", string(offer.name)), member("employer", string(offer.employer)), member("level", string(offer.level)),
                member("start", string(offer.start.label)), member("location", string(offer.location)),
                member("base", number(offer.base)), member("bonus", number(offer.bonus)), member("sign_on", number(offer.signOn)),
                member("equity", object([member("kind", string(offer.equityKind)), member("grant", number(offer.equityGrant)),
                                         member("vesting", numbers(offer.vesting)), member("cliff_months", number(offer.cliffMonths)),
                                         member("refresh_share", number(offer.refreshShare)), member("cap_multiple", number(offer.capMultiple))])),
                member("quoted_total", number(offer.quotedTotal)),
                member("scenarios", object(result.scenarios.map { value in
                    member(value.scenario, object([member("years", numbers(value.years)), member("total", number(value.total)),
                                                   member("present_value", number(value.presentValue))]))
                })),
                member("montecarlo", object([member("percentiles", numbers(OfferAnalysis.percentiles)), member("total", numbers(result.total)),
                                             member("present_value", numbers(result.presentValue))])),
                member("band", object([member("start", band(result.bandAtStart)), member("horizon", band(result.bandAtHorizon))])),
                member("drivers", JSONValue(.array(result.drivers.map { swing in
                    object([member("parameter", string(swing.parameter)), member("low", number(swing.low)), member("high", number(swing.high)),
                            member("value_at_low", number(swing.valueAtLow)), member("value_at_high", number(swing.valueAtHigh)),
                            member("swing", number(swing.swing)), member("judgement", JSONValue(.bool(swing.isJudgement)))])
                }))),
            ])
        }
        let pairs = analysis.pairs.map { pair in
            object([member("first", string(pair.first)), member("second", string(pair.second)), member("first_wins", number(pair.firstWins)),
                    member("break_even", pair.breakEvenOffer == nil ? JSONValue(.null) : object([
                        member("offer", string(pair.breakEvenOffer)), member("growth", number(pair.breakEvenGrowth)),
                        member("scenario_growth", number(pair.scenarioGrowth))]))])
        }
        return object([
            member("schema", string("forecast.offer/1")),
            member("assumptions", object([member("digest", string(digest))])),
            member("options", object([member("horizon_years", number(Double(file.horizonYears))), member("discount_rate", number(file.discountRate)),
                                      member("scenarios", JSONValue(.array(file.scenarios.map { string($0) }))),
                                      member("runs", number(Double(file.runs))), member("seed", number(Double(file.seed)))])),
            member("offers", JSONValue(.array(offers))),
            member("comparisons", JSONValue(.array(pairs))),
            member("winners", object(analysis.winners.map { member($0.scenario, string($0.offer)) })),
            member("failed_runs", number(Double(analysis.failedRuns))),
            member("warnings", JSONValue(.array(warnings.map { string($0.entryText) }))),
        ])
    }

    /// The terminal table: per offer, realised pay by year in each scenario, its Monte Carlo
    /// range, market band and drivers; then the comparisons.
    public static func table(_ analysis: OfferAnalysis) -> String {
        let file = analysis.file
        var text = TextColumns.paragraph(
            "offers valued over \(file.horizonYears) years from their start; money in 2023 US$; present values at \(percent(file.discountRate)) a year; "
            + "Monte Carlo of \(file.scenarios[0]): \(file.runs) runs, seed \(file.seed)") + "\n"
        for result in analysis.offers {
            text += "\n" + heading(result.offer) + "\n"
            // Offer years run from the start quarter: year 1 of a 2025Q3 start ends with 2026Q2.
            let labels = (0..<file.horizonYears).map { year in
                "year \(year + 1) to \(Quarter(containing: result.offer.start.time + Double(year + 1) - 0.125).label)"
            } + ["total", "present value"]
            let cells = result.scenarios.map { value in
                (value.years + [value.total, value.presentValue]).map { ValueFormatter.money($0) }
            }
            text += TextTable(labelHeader: "realised pay", columns: result.scenarios.map { ($0.scenario, "$") }, labels: labels, cells: cells)
                .render()
            text += lines(for: result, file: file).map { TextColumns.paragraph($0, first: "  ", indent: 4) + "\n" }.joined()
        }
        if !analysis.pairs.isEmpty {
            text += "\ncomparisons\n"
            for pair in analysis.pairs { text += TextColumns.paragraph(comparison(pair), first: "  ", indent: 4) + "\n" }
            text += TextColumns.paragraph("best in each scenario: " + analysis.winners.map { "\($0.scenario) \($0.offer)" }.joined(separator: ", "),
                                          first: "  ", indent: 4) + "\n"
        }
        if analysis.failedRuns > 0 { text += "\n\(analysis.failedRuns) of \(file.runs) runs stopped early and are left out\n" }
        return text
    }

    static func heading(_ offer: OfferFile.Offer) -> String {
        var parts = ["\(offer.employer), \(offer.level)", "start \(offer.start.label)"]
        if offer.equityGrant > 0 {
            parts.append("\(ValueFormatter.money(offer.equityGrant)) of \(offer.equityKind)")
        }
        if let location = offer.location { parts.append(location) }
        return "\(offer.name) (" + parts.joined(separator: "; ") + ")"
    }

    /// The sentences under an offer's table, shared by the terminal and the Markdown brief.
    static func lines(for result: OfferAnalysis.OfferResult, file: OfferFile) -> [String] {
        let total = result.total.map(ValueFormatter.money), value = result.presentValue.map(ValueFormatter.money)
        var lines = ["Monte Carlo: total \(total[1]) (P10 \(total[0]), P90 \(total[2])); present value \(value[1]) (P10 \(value[0]), P90 \(value[2]))"]
        lines.append("market band \(result.bandAtStart.quarter.label): quoted \(ValueFormatter.money(result.bandAtStart.value)) a year, "
                     + bandText(result.bandAtStart))
        lines.append("at the horizon \(result.bandAtHorizon.quarter.label): realised \(ValueFormatter.money(result.bandAtHorizon.value)) a year, "
                     + bandText(result.bandAtHorizon))
        if result.drivers.isEmpty {
            lines.append("no assumption's range moves it (its value does not depend on the model)")
        } else {
            lines.append("moves it most: " + result.drivers.map { swing in
                "\(swing.parameter) (\(ValueFormatter.money(swing.valueAtLow)) at \(ValueFormatter.plain(swing.low)), "
                    + "\(ValueFormatter.money(swing.valueAtHigh)) at \(ValueFormatter.plain(swing.high)))"
            }.joined(separator: "; "))
        }
        return lines
    }

    static func bandText(_ band: OfferAnalysis.Band) -> String {
        var text = "cell P10 \(ValueFormatter.money(band.p10)), median \(ValueFormatter.money(band.median)), P90 \(ValueFormatter.money(band.p90)): "
            + "above \(cellShare(band.percentile)) of the cell"
        if let tail = band.tailPercentile { text += ", in the tail of exceptional offers, above \(cellShare(tail)) of them" }
        return text
    }

    static func comparison(_ pair: OfferAnalysis.Pair) -> String {
        var text = "\(pair.first) beats \(pair.second) in \(percent(pair.firstWins)) of runs"
        if let offer = pair.breakEvenOffer {
            let scenario = pair.scenarioGrowth.map { "; the scenario has \(growthText($0))" } ?? ""
            if let growth = pair.breakEvenGrowth {
                text += "; they are worth the same when \(offer)'s equity grows \(growthText(growth))\(scenario)"
            } else {
                text += "; no equity growth from -80% to +400% a year makes \(offer) worth the same\(scenario)"
            }
        }
        return text
    }

    /// A growth factor a year as a percentage change: 1.25 → "+25% a year".
    static func growthText(_ growth: Double) -> String {
        let change = (growth - 1) * 100
        return (change >= 0 ? "+" : "") + String(format: "%.0f", change) + "% a year"
    }

    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    /// A share of a market cell, never rounded to all or nothing: 1% to 99%.
    static func cellShare(_ share: Double) -> String { percent(min(max(share, 0.01), 0.99)) }
}
