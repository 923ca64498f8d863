import Foundation
import Testing
import Dynamics
import Reporting
import XMILE

/// CSV and JSON renderings of a run: snapshot files in `Fixtures/Snapshots`.
struct ResultFormatTests {
    static let teacup = xmile("""
        <flow name="Heat Loss to Room">
            <eqn>("Teacup Temperature" - "Room Temperature") / "Characteristic Time"</eqn>
        </flow>
        <aux name="Room Temperature"><eqn>70</eqn><units>degrees</units></aux>
        <stock name="Teacup Temperature"><outflow>"Heat Loss to Room"</outflow><eqn>180</eqn></stock>
        <aux name="Characteristic Time"><eqn>10</eqn></aux>
        <aux name="Cools, \\n \\&quot;quickly\\&quot;"><eqn>Heat_Loss_to_Room &gt; 5</eqn></aux>
        """, stop: 2, dt: 0.25)

    @Test func csvHasATimeColumnThenOneColumnPerVariableInFileOrder() throws {
        let csv = SimulationOutput.csv(try simulate(Self.teacup))
        assertSnapshot(csv, named: "teacup.csv")
        #expect(csv.hasPrefix("time,Heat Loss to Room,Room Temperature,Teacup Temperature,Characteristic Time,\"Cools,   \"\"quickly\"\"\"\n"))
    }

    @Test func jsonHoldsTimesAndSeries() throws {
        let json = SimulationOutput.json(try simulate(Self.teacup))
        assertSnapshot(json, named: "teacup.json")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let times = try #require(decoded?["time"] as? [Double])
        let series = try #require(decoded?["series"] as? [String: [Double]])
        #expect(times == [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2])
        #expect(series["Teacup Temperature"]?.first == 180)
        #expect(series.keys.sorted() == ["Characteristic Time", "Cools,   \"quickly\"", "Heat Loss to Room", "Room Temperature",
                                         "Teacup Temperature"])
    }

    @Test func renderingIsDeterministic() throws {
        let first = try simulate(Self.teacup), second = try simulate(Self.teacup)
        #expect(SimulationOutput.csv(first) == SimulationOutput.csv(second))
        #expect(SimulationOutput.json(first) == SimulationOutput.json(second))
    }

    @Test func numbersAreShortAndNonFiniteValuesAreMarked() {
        let results = XMILEResults(times: [0, 0.1], series: [
            .init(name: "x", kind: .auxiliary, values: [100, 1e-05]),
            .init(name: "y", kind: .auxiliary, values: [.nan, -.infinity]),
        ])
        #expect(SimulationOutput.csv(results) == "time,x,y\n0,100,NaN\n0.1,1e-5,-Infinity\n")
        #expect(SimulationOutput.json(results) == "{\"time\":[0,0.1],\"series\":{\"x\":[100,1e-5],\"y\":[null,null]}}\n")
    }
}
