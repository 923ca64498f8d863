import Foundation
import Testing
import Dynamics
import XMILE

/// `XMILEExporter` on models with dimensions: XMILE arrays that import and run to the
/// engine's numbers, element by element.
struct ArrayExportTests {
    static let employer = ArrayDimension(name: "employer", elements: ["closed", "open", "academia"])
    static let level = ArrayDimension.indexed("level", size: 2)

    static func arrayed(_ variable: Variable, _ dimensions: [String], elements: [ElementEquation] = []) -> Variable {
        var variable = variable
        variable.dimensions = dimensions
        variable.elementEquations = elements
        return variable
    }

    /// Staff by employer hired from a scalar market that their departures fill; a 2-D pay
    /// grid; per-element equations, sums, an arrayed table, a parameter element with a timed
    /// change and an alias.
    static var model: ModelDefinition {
        let at = SourcePosition(line: 1, column: 1)
        let switched = Expression(.call("if", [
            Expression(.binary(.greater, Expression(.call("step", [Expression(.number(1), at: at), Expression(.number(3), at: at)]), at: at),
                               Expression(.number(0), at: at)), at: at),
            Expression(.name("growth[open]#later"), at: at), Expression(.name("growth[open]#base"), at: at),
        ]), at: at)
        let parameters = zip(employer.elements, [100.0, 50, 80]).map { Parameter(name: "start[\($0)]", value: $1, unit: "people") }
            + [Parameter(name: "growth[closed]", value: 0.2, unit: "1/year", doc: "Source: a survey"),
               Parameter(name: "growth[academia]", value: 0.05, unit: "1/year", doc: "Source: a survey"),
               Parameter(name: "growth[open]#base", value: 0.1, unit: "1/year", provenance: .timedValue(parameter: "growth[open]", at: nil)),
               Parameter(name: "growth[open]#later", value: 0.3, unit: "1/year", provenance: .timedValue(parameter: "growth[open]", at: "2028Q1")),
               Parameter(name: "turnover", value: 0.1, unit: "1/year")]
        let tables = employer.elements.enumerated().map { k, element in
            Table(name: "appeal[\(element)]", xs: [0, 10], ys: [1, 1 + Double(k)], mode: .clamp)
        }
        return ModelDefinition(
            variables: [
                .stock("market", initial: "20", inflows: ["departures"], outflows: ["hires"], unit: "people", doc: "Job seekers."),
                arrayed(.stock("staff", initial: "start", inflows: ["hires"], outflows: ["departures"], unit: "people"), ["employer"]),
                arrayed(.flow("hires", "market * appeal(time) / sum(appeal(time)) * 0.5 + staff * growth", unit: "people/year"), ["employer"],
                        elements: [ElementEquation(["academia"], "market * 0.1")]),
                arrayed(.flow("departures", "staff * turnover", unit: "people/year"), ["employer"]),
                arrayed(.auxiliary("pay", "staff / sum(staff[*]) * level + smooth(staff, 2)", unit: "people"), ["employer", "level"]),
                .auxiliary("total", "sum(staff) + market", unit: "people"),
                Variable(name: "growth[open]", role: .auxiliary, equation: Equation("0.1, then 0.3 from 2028Q1", parsed: switched), unit: "1/year"),
            ],
            parameters: parameters, tables: tables, dimensions: [employer, level],
            arrays: [ArrayDeclaration(name: "start", dimensions: ["employer"]), ArrayDeclaration(name: "growth", dimensions: ["employer"]),
                     ArrayDeclaration(name: "appeal", dimensions: ["employer"])],
            aliases: [Alias(name: "staff_open", target: "staff[open]")])
    }

    @Test(arguments: IntegrationMethod.allCases)
    func anArrayedModelRoundTripsElementByElement(_ method: IntegrationMethod) throws {
        let settings = RunSettings(start: 0, stop: 6, dt: 0.25, method: method)
        let direct = try Compiler.compile(Self.model).run(settings)
        let text = try XMILEExporter.export(Self.model, settings: settings, name: "arrays", doc: nil)
        let results = try XMILESimulator.simulate(XMILEImporter.parse(Data(text.utf8), file: "arrays.xmile"), settings: settings)
        #expect(results.times == direct.times)
        for column in direct.columns {
            let expected = try #require(direct.series(column.name))
            let series = try #require(results.series.first { XMILEName.canonical($0.name) == XMILEName.canonical(column.name) },
                                      "\(column.name) is not in the export")
            #expect(zip(expected, series.values).allSatisfy { ExportCheck.agree($0, $1) }, "\(column.name)")
        }
        #expect(direct.columns.count == 19)
    }

    @Test func arraysAreWrittenAsXMILEArrays() throws {
        let text = try XMILEExporter.export(Self.model, settings: RunSettings(start: 0, stop: 1, dt: 1), name: "arrays", doc: nil)
        #expect(text.contains("""
                <dimensions>
                    <dim name="employer">
                        <elem name="closed"/>
                        <elem name="open"/>
                        <elem name="academia"/>
                    </dim>
                    <dim name="level" size="2"/>
                </dimensions>
            """))
        // The engine's equation of each element, with sums written out and elements by subscript.
        #expect(text.contains("<element subscript=\"academia\">\n                    <eqn>market * 0.1</eqn>"))
        #expect(text.contains("<eqn>staff[closed] + staff[open] + staff[academia] + market</eqn>"))
        // A parameter array, its element with a timed change a switch between hidden parameters.
        #expect(text.contains("<eqn>(IF STEP(1, 3) &gt; 0 THEN growth_open_event_2028Q1 ELSE growth_open_event_base)</eqn>"))
        #expect(text.contains("<doc>growth[closed]: Source: a survey\ngrowth[academia]: Source: a survey</doc>"))
        // The scalar market takes every employer's departures through an added flow.
        #expect(text.contains("<inflow>market_departures</inflow>"))
        #expect(text.contains("<eqn>departures[closed] + departures[open] + departures[academia]</eqn>"))
        #expect(text.contains("<aux name=\"staff_open\">\n                <eqn>staff[open]</eqn>"))
        #expect(text.contains("appeal_closed(TIME)"))
        #expect(RootElementReader.read(text)?.name == "xmile")
    }

    @Test func elementsAreNotReportedAsRenamed() {
        let renamed = XMILEExporter.exportedNames(of: Self.model).filter { $0.key != $0.value }
        #expect(renamed.keys.sorted() == ["appeal[academia]", "appeal[closed]", "appeal[open]", "growth[open]#base", "growth[open]#later"])
        #expect(renamed["appeal[closed]"] == "appeal_closed")
        #expect(renamed["growth[open]#later"] == "growth_open_event_2028Q1")
    }
}
