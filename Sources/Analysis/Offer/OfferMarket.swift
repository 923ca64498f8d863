import Dynamics
import Foundation
import Scenarios

/// What the assumptions say about pay and equity that an offer file is read against: the
/// employers, levels and kinds of equity of the model, the vesting schedules with their shares,
/// each employer's usual kind of equity, schedule and refresh grants, the scenarios and the
/// run's window.
public struct OfferMarket: Sendable {
    public let employers: [String]
    public let levels: [String]
    public let equityKinds: [String]
    public let schedules: [String]
    /// Each schedule's share of the grant vesting in each year, as fractions.
    public let scheduleShares: [String: [Double]]
    public let defaultKind: [String: String]
    public let defaultSchedule: [String: String]
    /// Each employer's yearly refresh grant, as a share of the start grant.
    public let defaultRefresh: [String: Double]
    /// Where a job can be, and each location's pay over the cells' own market (1 where the
    /// model has no `location` dimension or no factor).
    public let locations: [String]
    public let locationFactor: [String: Double]
    public let scenarios: [String]
    /// The run's first quarter and its end (decimal years).
    public let first: Quarter
    public let stop: Double

    /// The market of `base` (the base scenario, compiled), whose dimensions `dimensions`
    /// declares, with `scenarios` to choose from.
    public init(base: CompiledScenario, dimensions: [ArrayDimension], scenarios: [String]) {
        func elements(_ name: String) -> [String] { dimensions.first { $0.name == name }?.elements ?? [] }
        let values = base.parameterValues([:]), model = base.model
        func parameter(_ name: String) -> Double {
            model.parameterIndex(of: name).map { values[$0] } ?? 0
        }
        /// The element of `dimension` whose share in `name[employer, *]` is largest.
        func largest(_ name: String, employer: String, over dimension: [String]) -> String {
            var best = dimension.first ?? "", bestShare = -Double.infinity
            for element in dimension {
                let share = parameter("\(name)[\(employer),\(element)]")
                if share > bestShare { (best, bestShare) = (element, share) }
            }
            return best
        }
        employers = elements("employer")
        levels = elements("level")
        equityKinds = elements("equity_kind")
        schedules = elements("vesting_schedule")
        let years = elements("vest_year")
        var shares: [String: [Double]] = [:]
        for schedule in schedules {
            var row: [Double] = []
            for year in years { row.append(parameter("vest_share[\(schedule),\(year)]")) }
            shares[schedule] = row
        }
        scheduleShares = shares
        var kinds: [String: String] = [:], usual: [String: String] = [:], refresh: [String: Double] = [:]
        for employer in employers {
            kinds[employer] = largest("equity_kind_of_employer", employer: employer, over: equityKinds)
            usual[employer] = largest("employer_vesting_schedule", employer: employer, over: schedules)
            refresh[employer] = parameter("refresh_grant_share[\(employer)]")
        }
        locations = elements("location")
        locationFactor = Dictionary(uniqueKeysWithValues: locations.map { location in
            (location, model.parameterIndex(of: "pay_location_factor[\(location)]").map { values[$0] } ?? 1)
        })
        defaultKind = kinds
        defaultSchedule = usual
        defaultRefresh = refresh
        self.scenarios = scenarios
        first = Quarter(containing: base.settings.start)
        stop = base.settings.stop
    }

    /// The kind of equity that grants nothing.
    public static let noEquity = "none"
}
