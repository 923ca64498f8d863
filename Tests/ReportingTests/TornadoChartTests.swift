import Testing
import Reporting

@Suite("Tornado charts")
struct TornadoChartTests {
    @Test func barsKeepTheirOrderAndJudgementIsMarked() throws {
        let chart = ChartFixtures.costSensitivity
        let svg = chart.svg()
        let xml = expectWellFormedSVG(svg)
        let positions = try chart.bars.map { bar in try #require(svg.range(of: ">" + bar.label)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(svg.components(separatedBy: " (judgement)</tspan>").count - 1 == 2)
        #expect(xml.count(of: "pattern") == 1)
        #expect(svg.contains(">Range set by judgement</text>"))
        #expect(svg.contains(">Base $9B</text>"))
        #expect(svg.contains(">$14.5B</text>") && svg.contains(">$5.2B</text>"))
    }

    @Test func heightFollowsTheNumberOfBars() throws {
        let few = TornadoChart(title: "T", indicatorLabel: "V", baseValue: 1, bars: [.init(label: "a", low: 0.5, high: 2)])
        let many = TornadoChart(title: "T", indicatorLabel: "V", baseValue: 1,
                                bars: (0..<10).map { .init(label: "p\($0)", low: 0.5, high: 2) })
        let height = { (svg: String) -> Double? in
            parseXML(svg).attributes.first?["height"].flatMap(Double.init)
        }
        let fewHeight = try #require(height(few.svg())), manyHeight = try #require(height(many.svg()))
        #expect(manyHeight - fewHeight == 9 * 30, "nine more rows of 30 px")
        #expect(fewHeight == fewHeight.rounded())
        #expect(!few.svg().contains("<pattern"), "no hatching without judgement parameters")
    }

    @Test func edgeCasesStillRender() {
        let cases: [TornadoChart] = [
            TornadoChart(title: "Empty", indicatorLabel: "V", baseValue: 3, bars: []),
            TornadoChart(title: "No swing", indicatorLabel: "V", baseValue: 3, bars: [.init(label: "flat", low: 3, high: 3)]),
            TornadoChart(title: "Not finite", indicatorLabel: "V", baseValue: 3,
                         bars: [.init(label: "broken", low: .nan, high: .infinity), .init(label: "ok", low: 2, high: 5)]),
            TornadoChart(title: "Same side", indicatorLabel: "V", baseValue: 3, bars: [.init(label: "up", low: 4, high: 6)]),
            TornadoChart(title: "Log", indicatorLabel: "FLOP", baseValue: 1e26, bars: [
                .init(label: "growth", low: 2e25, high: 6e26), .init(label: "bad", low: 0, high: 3e26),
            ], scale: .log),
            TornadoChart(title: "Fixed height", indicatorLabel: "", baseValue: 0.4,
                         bars: [.init(label: String(repeating: "very long parameter name ", count: 8), low: 0.2, high: 0.7)],
                         format: .percent, height: 240),
        ]
        for chart in cases {
            let svg = chart.svg()
            expectWellFormedSVG(svg)
            #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"), "\(chart.title)")
        }
    }
}
