import Foundation
import Testing
import Dynamics
import XMILE

/// Macros (XMILE 1.0 §3.6, §4.8): called like functions, each call with its own stocks.
struct MacroTests {
    func run(_ variables: String, macros: String) throws -> XMILEResults {
        let text = """
        <?xml version="1.0" encoding="utf-8"?>
        <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <header><vendor>test</vendor><product version="1">test</product></header>
            <sim_specs method="Euler"><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
            <model><variables>\(variables)</variables></model>
            \(macros)
        </xmile>
        """
        return try XMILESimulator.simulate(try XMILEImporter.parse(Data(text.utf8), file: "m.xmile"))
    }

    func series(_ results: XMILEResults, _ name: String) -> [Double]? { results.series.first { $0.name == name }?.values }

    @Test func anExpressionMacroComputesItsResult() throws {
        let results = try run("<aux name=\"y\"><eqn>TWICE(3) + TWICE(TIME)</eqn></aux>",
                              macros: "<macro name=\"twice\"><parm>x</parm><eqn>2 * x</eqn></macro>")
        #expect(series(results, "y") == [6, 8, 10, 12, 14])
        // The instances are hidden: only the model's own variables are output.
        #expect(results.series.map(\.name) == ["y"])
    }

    @Test func eachCallHasItsOwnStock() throws {
        // ACCUMULATE(rate) integrates its argument from 0; two calls, two stocks.
        let macro = """
        <macro name="accumulate"><parm>rate</parm><eqn>total</eqn>
            <variables><stock name="total"><eqn>0</eqn><inflow>rate</inflow></stock><flow name="rate"/></variables>
        </macro>
        """
        let results = try run("<aux name=\"a\"><eqn>ACCUMULATE(1)</eqn></aux><aux name=\"b\"><eqn>ACCUMULATE(10)</eqn></aux>", macros: macro)
        #expect(series(results, "a") == [0, 1, 2, 3, 4])
        #expect(series(results, "b") == [0, 10, 20, 30, 40])
    }

    @Test func aDefaultFillsAMissingArgument() throws {
        let results = try run("<aux name=\"y\"><eqn>SCALE(2)</eqn></aux>",
                              macros: "<macro name=\"scale\"><parm>x</parm><parm default=\"10\">factor</parm><eqn>x * factor</eqn></macro>")
        #expect(series(results, "y")?.first == 20)
    }

    @Test func aCallWithTheWrongArgumentsOrToNoMacroIsLocated() {
        #expect(throws: DiagnosticList.self) {
            try run("<aux name=\"y\"><eqn>TWICE(1, 2)</eqn></aux>", macros: "<macro name=\"twice\"><parm>x</parm><eqn>2 * x</eqn></macro>")
        }
        do {
            _ = try run("<aux name=\"y\"><eqn>THRICE(1)</eqn></aux>", macros: "<macro name=\"twice\"><parm>x</parm><eqn>2 * x</eqn></macro>")
            Issue.record("ran")
        } catch {
            #expect("\(error)".contains("m.xmile:5:42: error: unknown function 'thrice'"), "\(error)")
        }
    }

    @Test func aMacroThatCallsItselfStopsWithAnError() {
        #expect(throws: DiagnosticList.self) {
            try run("<aux name=\"y\"><eqn>LOOP(1)</eqn></aux>", macros: "<macro name=\"loop\"><parm>x</parm><eqn>LOOP(x) + 1</eqn></macro>")
        }
    }
}
