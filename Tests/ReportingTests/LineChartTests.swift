import Testing
import Reporting

@Suite("Line charts")
struct LineChartTests {
    /// Checks what every chart must satisfy, whatever its data: well-formed, accessible, and free
    /// of numbers that leaked through unformatted.
    @discardableResult
    func expectPublishable(_ chart: LineChart, sourceLocation: SourceLocation = #_sourceLocation) -> (svg: String, xml: ParsedXML) {
        let svg = chart.svg()
        let xml = expectWellFormedSVG(svg, sourceLocation: sourceLocation)
        #expect(svg.contains("role=\"img\""), sourceLocation: sourceLocation)
        #expect(svg.contains("viewBox=\"0 0 \(Int(chart.width)) \(Int(chart.height))\""), sourceLocation: sourceLocation)
        #expect(xml.elementNames.dropFirst().first == "title", sourceLocation: sourceLocation)
        for leak in ["nan", "inf", "=\"-0\"", ",-0L", "e+"] {
            #expect(!svg.lowercased().contains(leak), "SVG contains \(leak)", sourceLocation: sourceLocation)
        }
        return (svg, xml)
    }

    func chart(_ series: [LineChart.Series], yScale: AxisScale = .linear, markers: [LineChart.Marker] = []) -> LineChart {
        LineChart(title: "Test", xLabel: "Year", yLabel: "Value", yScale: yScale, series: series, markers: markers)
    }

    @Test func fanChartHasEveryLayer() {
        let (svg, xml) = expectPublishable(ChartFixtures.trainingCost)
        #expect(xml.count(of: "circle") == 7 + 1, "seven observed runs and one legend symbol")
        #expect(svg.contains(">Closed labs</text>"), "few series are labelled at the line ends")
        #expect(svg.contains(">Observed training runs</text>"))
        #expect(svg.contains(">$1B</text>") && svg.contains(">$10B</text>"))
        #expect(svg.contains("stroke-dasharray=\"7 4\""))
        #expect(svg.components(separatedBy: "fill-opacity=\"0.18\"").count - 1 == 2, "the band and its legend swatch")
    }

    /// The base case (the solid line) is drawn over the dashed scenarios whatever their order.
    @Test func theSolidLineIsDrawnOnTop() {
        let base = LineChart.Series(name: "base", colorIndex: 0, points: [(2025, 1), (2030, 2)])
        let other = LineChart.Series(name: "other", colorIndex: 1, points: [(2025, 1.5), (2030, 2.5)], dashed: true)
        let svg = chart([base, other]).svg()
        let solid = try! #require(svg.range(of: "stroke=\"\(Palette.color(at: 0).hex)\" stroke-width=\"2.25\""))
        let dashed = try! #require(svg.range(of: "stroke=\"\(Palette.color(at: 1).hex)\" stroke-width=\"2.25\""))
        #expect(dashed.lowerBound < solid.lowerBound)
    }

    /// A line that runs on top of an earlier one (within 1% of the plot's height) is dashed and
    /// drawn over it, so both colours show; a line apart from it stays solid.
    @Test func aCoincidentLineIsDashedOverTheOther() {
        let first = LineChart.Series(name: "big tech", colorIndex: 2, points: [(2025, 10), (2027, 12), (2029, 14), (2031, 16)])
        let twin = LineChart.Series(name: "applied", colorIndex: 3, points: [(2025, 10.05), (2027, 12.1), (2029, 14), (2031, 15.9)])
        let apart = LineChart.Series(name: "academia", colorIndex: 4, points: [(2025, 2), (2027, 2.2), (2029, 2.4), (2031, 2.6)])
        let svg = chart([first, twin, apart]).svg()
        func line(_ k: Int) -> Range<String.Index>? { svg.range(of: "stroke=\"\(Palette.color(at: k).hex)\" stroke-width=\"2.25\"") }
        let underneath = try! #require(line(2)), over = try! #require(line(3)), alone = try! #require(line(4))
        #expect(underneath.lowerBound < over.lowerBound && alone.lowerBound < over.lowerBound)
        let twinPath = svg[over.upperBound...].prefix(while: { $0 != ">" })
        #expect(twinPath.contains("stroke-dasharray=\"7 4\""))
        #expect(!svg[alone.upperBound...].prefix(while: { $0 != ">" }).contains("stroke-dasharray"))
        #expect(!svg[underneath.upperBound...].prefix(while: { $0 != ">" }).contains("stroke-dasharray"))
    }

    /// One band is shaded; several are drawn as dotted edges over a faint fill, so their overlap
    /// does not muddy.
    @Test func severalBandsAreOutlined() {
        func band(_ k: Int) -> LineChart.Band {
            LineChart.Band(name: "b\(k)", colorIndex: k, lower: [(2025, Double(k)), (2030, Double(k) + 1)],
                           upper: [(2025, Double(k) + 2), (2030, Double(k) + 3)])
        }
        let line = LineChart.Series(name: "s", colorIndex: 0, points: [(2025, 1), (2030, 2)])
        let one = LineChart(title: "T", xLabel: "Year", yLabel: "v", series: [line], bands: [band(0)]).svg()
        let two = LineChart(title: "T", xLabel: "Year", yLabel: "v", series: [line], bands: [band(0), band(1)]).svg()
        #expect(!one.contains("stroke-dasharray=\"2 2\""))
        #expect(two.components(separatedBy: "stroke-dasharray=\"2 2\"").count - 1 == 4, "two edges of each band")
    }

    /// A quantity positive throughout has no "0" tick: its axis starts just below its smallest value.
    @Test func aPositiveQuantityHasNoZeroTick() {
        let pay = LineChart.Series(name: "pay", colorIndex: 0, points: [(2025, 130_000), (2030, 3_400_000)])
        let svg = LineChart(title: "T", xLabel: "Year", yLabel: "v", yFormat: .money, series: [pay]).svg()
        #expect(!svg.contains(">$0</text>") && svg.contains(">$1M</text>"))
    }

    @Test func manySeriesGetALegendBelowThePlot() {
        let series = (0..<6).map { index in
            LineChart.Series(name: "Scenario \(index)", colorIndex: index,
                             points: [(2025, Double(index)), (2030, Double(index) * 2 + 1)])
        }
        let (svg, xml) = expectPublishable(chart(series))
        #expect(!svg.contains("series-labels"))
        #expect(xml.count(of: "line") >= 6)
        for index in 0..<6 { #expect(svg.contains(">Scenario \(index)</text>")) }
    }

    @Test func seriesEndingEarlyGetALegend() {
        let series = [
            LineChart.Series(name: "Long", colorIndex: 0, points: [(2025, 1), (2035, 2)]),
            LineChart.Series(name: "Short", colorIndex: 1, points: [(2025, 1), (2028, 3)]),
        ]
        #expect(!chart(series).svg().contains("series-labels"))
    }

    @Test func emptyChartSaysSo() {
        let (svg, _) = expectPublishable(chart([]))
        #expect(svg.contains(">No data</text>"))
        let (emptySeries, _) = expectPublishable(chart([.init(name: "Nothing", colorIndex: 0, points: [])], yScale: .log))
        #expect(emptySeries.contains(">No data</text>"))
    }

    @Test func singlePointIsADot() {
        let (svg, xml) = expectPublishable(chart([.init(name: "One", colorIndex: 2, points: [(2026, 5)])]))
        #expect(xml.count(of: "circle") == 1)
        #expect(svg.contains(">2026</text>"))
        #expect(!svg.contains("No data"))
    }

    @Test func nonFiniteValuesBreakTheLine() {
        let points: [(x: Double, y: Double)] = [(2025, 1), (2026, 2), (2027, .nan), (2028, 4), (2029, 5),
                                                (.infinity, 3), (2030, -.infinity), (2031, 7)]
        let (svg, xml) = expectPublishable(chart([.init(name: "Gappy", colorIndex: 0, points: points)]))
        #expect(xml.count(of: "circle") == 1, "2031 stands alone")
        let path = svg.split(separator: "\n").first { $0.contains("stroke=\"#0072B2\"") && $0.contains("<path") }
        #expect(path?.filter { $0 == "M" }.count == 2)
    }

    @Test func nonPositiveValuesAreSkippedOnALogAxis() {
        let points: [(x: Double, y: Double)] = [(2025, 0), (2026, -5), (2027, 1e3), (2028, 1e4), (2029, 1e6)]
        let (svg, _) = expectPublishable(chart([.init(name: "Costs", colorIndex: 0, points: points)], yScale: .log,
                                               markers: [.init(x: 2026, y: 0, label: "zero")]))
        #expect(!svg.contains("<circle"), "the zero marker cannot be drawn on a log axis")
        #expect(svg.contains(">1e3</text>") && svg.contains(">1e6</text>"))
    }

    @Test func equalValuesGetARange() {
        let flat: [(x: Double, y: Double)] = [(2025, 3), (2030, 3), (2035, 3)]
        let (svg, _) = expectPublishable(chart([.init(name: "Flat", colorIndex: 0, points: flat)]))
        #expect(svg.contains(">3</text>"))
        expectPublishable(chart([.init(name: "Flat", colorIndex: 0, points: flat)], yScale: .log))
        expectPublishable(chart([.init(name: "Zero", colorIndex: 0, points: [(2025, 0), (2030, 0)])]))
    }

    @Test func fixedDomainAndPercentTicks() {
        var shares = chart([.init(name: "Open share", colorIndex: 1, points: [(2025, 0.3), (2030, 0.55), (2035, 0.62)])])
        shares.yDomain = 0...1
        shares.yFormat = .percent
        shares.referenceLines = [.init(y: 0.5, label: "Half")]
        let (svg, _) = expectPublishable(shares)
        #expect(svg.contains(">0%</text>") && svg.contains(">100%</text>") && svg.contains(">Half</text>"))
    }

    @Test func linearXAxisAndCustomSize() {
        var sweep = chart([.init(name: "Sweep", colorIndex: 3, points: [(1.1, 10), (1.4, 40), (1.7, 90)])])
        sweep.xAxis = .linear(nil)
        sweep.width = 480
        sweep.height = 300
        expectPublishable(sweep)
    }

    @Test func textIsEscaped() {
        var risky = chart([.init(name: "R&D <capex>", colorIndex: 0, points: [(2025, 1), (2030, 2)])])
        risky.title = "Costs & \"risks\""
        let (svg, _) = expectPublishable(risky)
        #expect(svg.contains("R&amp;D &lt;capex&gt;"))
    }

    @Test(arguments: [
        ([1, 1000], true), ([1, 50], false), ([0, 1000], false), ([.nan, 1, 1000], true), ([], false),
        ([2e7, 3e10], true), ([-1, 1e6], false),
    ] as [([Double], Bool)])
    func prefersLogScale(_ values: [Double], _ expected: Bool) {
        #expect(LineChart.prefersLogScale(values: values) == expected)
    }
}

@Suite("Line charts with a fixed range")
struct FixedRangeTests {
    @Test func markersOutsideAFixedRangeAreLeftOut() {
        let chart = LineChart(title: "Shares", xLabel: "Year", yLabel: "Share", yFormat: .percent, yDomain: 0...1,
                              series: [.init(name: "Share", colorIndex: 0, points: [(2025, 0.4), (2030, 1.3)])],
                              markers: [.init(x: 2026, y: 0.5, label: "in"), .init(x: 2027, y: 1.5, label: "out")])
        let svg = chart.svg()
        let xml = expectWellFormedSVG(svg)
        #expect(xml.count(of: "circle") == 1 + 1, "one marker inside the range and its legend symbol")
        #expect(svg.contains("clip-path=\"url(#plot-"), "the line leaving the range is clipped")
    }
}
