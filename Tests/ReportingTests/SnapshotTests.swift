import Testing
import Reporting

@Suite("Chart snapshots")
struct SnapshotTests {
    @Test func trainingCostFanChart() {
        let svg = ChartFixtures.trainingCost.svg()
        expectWellFormedSVG(svg)
        assertSnapshot(svg, named: "training-cost-fan.svg")
    }

    @Test func costSensitivityTornado() {
        let svg = ChartFixtures.costSensitivity.svg()
        expectWellFormedSVG(svg)
        assertSnapshot(svg, named: "cost-sensitivity-tornado.svg")
    }

    @Test func renderingTwiceGivesTheSameBytes() {
        #expect(Array(ChartFixtures.trainingCost.svg().utf8) == Array(ChartFixtures.trainingCost.svg().utf8))
        #expect(Array(ChartFixtures.costSensitivity.svg().utf8) == Array(ChartFixtures.costSensitivity.svg().utf8))
    }
}
