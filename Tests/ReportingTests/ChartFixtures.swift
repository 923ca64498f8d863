import Reporting

/// Illustrative chart inputs with literal numbers, so snapshots do not depend on `pow` or `exp`.
enum ChartFixtures {
    static let years: [Double] = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]

    static func points(_ values: [Double]) -> [(x: Double, y: Double)] {
        Array(zip(years, values)).map { (x: $0.0, y: $0.1) }
    }

    static let closedCost: [Double] = [4.0e8, 7.6e8, 1.44e9, 2.7e9, 5.0e9, 9.0e9, 1.6e10, 2.7e10, 4.4e10, 6.8e10, 1.0e11]
    static let openCost: [Double] = [6.0e7, 1.3e8, 2.8e8, 6.0e8, 1.25e9, 2.5e9, 4.8e9, 8.8e9, 1.5e10, 2.4e10, 3.6e10]
    static let closedLow: [Double] = [4.0e8, 6.6e8, 1.1e9, 1.8e9, 2.9e9, 4.5e9, 6.8e9, 1.0e10, 1.4e10, 1.9e10, 2.5e10]
    static let closedHigh: [Double] = [4.0e8, 8.8e8, 1.9e9, 4.0e9, 8.3e9, 1.7e10, 3.3e10, 6.3e10, 1.15e11, 2.0e11, 3.4e11]

    /// A log-scale fan chart: two scenarios' lines, one P10–P90 band, observed runs and two thresholds.
    static var trainingCost: LineChart {
        LineChart(
            title: "Frontier training cost, largest run of each year",
            subtitle: "Base scenario; shaded: P10–P90 of 1,000 Monte Carlo runs",
            xLabel: "Year",
            yLabel: "Training cost (2023 US$, log scale)",
            yScale: .log,
            yFormat: .money,
            series: [
                .init(name: "Closed labs", colorIndex: 0, points: points(closedCost)),
                .init(name: "Open-weight labs", colorIndex: 1, points: points(openCost), dashed: true),
            ],
            bands: [
                .init(name: "Closed labs, P10–P90", colorIndex: 0, lower: points(closedLow), upper: points(closedHigh)),
            ],
            markers: [
                .init(x: 2020.4, y: 4.6e6, label: "Observed run, 2020"),
                .init(x: 2021.9, y: 1.2e7, label: "Observed run, 2021"),
                .init(x: 2022.3, y: 9.0e6, label: "Observed run, 2022"),
                .init(x: 2023.2, y: 4.1e7, label: "Observed run, 2023"),
                .init(x: 2023.9, y: 1.3e8, label: "Observed run, 2023"),
                .init(x: 2024.4, y: 1.7e8, label: "Observed run, 2024"),
                .init(x: 2024.9, y: 2.9e8, label: "Observed run, 2024"),
            ],
            markerLegend: "Observed training runs",
            referenceLines: [.init(y: 1e9, label: "$1B"), .init(y: 1e10, label: "$10B")])
    }

    /// A tornado chart in money, with two judgement parameters and one parameter that lowers the indicator.
    static var costSensitivity: TornadoChart {
        TornadoChart(
            title: "What moves the 2030 frontier training cost",
            subtitle: "Each parameter from its low to its high setting, all others at base",
            indicatorLabel: "Largest training run in 2030 (2023 US$)",
            baseValue: 9.0e9,
            bars: [
                .init(label: "Hardware price-performance growth", low: 5.2e9, high: 1.45e10),
                .init(label: "Spending growth at closed labs", low: 5.9e9, high: 1.3e10),
                .init(label: "Algorithmic efficiency gains", low: 1.18e10, high: 7.1e9),
                .init(label: "Investor appetite after a failed run", low: 6.4e9, high: 1.08e10, isJudgement: true),
                .init(label: "Training run duration", low: 7.9e9, high: 1.02e10),
                .init(label: "Data wall severity", low: 9.6e9, high: 8.3e9, isJudgement: true),
                .init(label: "Energy price", low: 8.8e9, high: 9.3e9),
            ],
            format: .money)
    }
}
