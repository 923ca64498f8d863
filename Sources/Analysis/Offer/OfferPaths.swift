import Dynamics
import Foundation

/// The paths of one run that an offer's equity is valued on: for each kind of equity, the unit
/// price (`equity_price_index`) and what a unit vesting realises (`equity_realisable_index`),
/// saved every quarter from the run's start.
public struct OfferPaths: Sendable {
    public var start: Double
    public var step: Double
    public var price: [String: [Double]]
    public var realisable: [String: [Double]]

    public init(start: Double, step: Double, price: [String: [Double]], realisable: [String: [Double]]) {
        self.start = start
        self.step = step
        self.price = price
        self.realisable = realisable
    }

    /// The paths of `kinds` from `result`; a kind the model does not record is worth nothing.
    public init(_ result: RunResult, kinds: [String]) {
        start = result.times.first ?? 0
        step = result.times.count > 1 ? result.times[1] - result.times[0] : 0.25
        var price: [String: [Double]] = [:], realisable: [String: [Double]] = [:]
        for kind in kinds {
            price[kind] = result.series("equity_price_index[\(kind)]") ?? [0]
            realisable[kind] = result.series("equity_realisable_index[\(kind)]") ?? [0]
        }
        self.price = price
        self.realisable = realisable
    }

    /// The value of `series` at the saved time nearest `time` (the last one past the end).
    func value(_ series: [Double], at time: Double) -> Double {
        guard !series.isEmpty else { return 0 }
        let index = step > 0 ? Int(((time - start) / step).rounded()) : 0
        return series[min(max(index, 0), series.count - 1)]
    }

    /// What one dollar of `kind` granted at `granted` realises when it vests at `vested`: the
    /// realisable value then over the unit price at the grant, at most `cap` times it.
    func ratio(_ kind: String, granted: Double, vested: Double, cap: Double?) -> Double {
        let grantPrice = value(price[kind] ?? [], at: granted)
        guard grantPrice > 0 else { return 0 }
        let ratio = value(realisable[kind] ?? [], at: vested) / grantPrice
        return cap.map { min(ratio, $0) } ?? ratio
    }

    /// The unit price's average growth a year from `from` over `years`.
    func growth(_ kind: String, from: Double, years: Double) -> Double {
        let first = value(price[kind] ?? [], at: from), last = value(price[kind] ?? [], at: from + years)
        guard first > 0, last > 0, years > 0 else { return 1 }
        return pow(last / first, 1 / years)
    }

    /// These paths with `kind`'s price growing at `growth` a year from `from`, and its realisable
    /// value the same share of the price as at `from` (the break-even of a valuation growth).
    func withGrowth(_ growth: Double, of kind: String, from: Double) -> OfferPaths {
        var paths = self
        let count = price[kind]?.count ?? 1
        let price0 = value(price[kind] ?? [], at: from), share = price0 > 0 ? value(realisable[kind] ?? [], at: from) / price0 : 0
        var prices: [Double] = [], values: [Double] = []
        for k in 0..<count {
            let years = start + Double(k) * step - from
            let p = price0 * pow(growth, years)
            prices.append(p)
            values.append(p * share)
        }
        paths.price[kind] = prices
        paths.realisable[kind] = values
        return paths
    }
}
