import Foundation
import Testing
import Dynamics
import XMILE

/// `XMILEExporter`: every builtin, names, structure and bytes, on small models written here.
/// Each round trip runs the model on the engine and through export → import → engine, and
/// expects every stock, flow and auxiliary to agree at every step (1e-9 relative, 1e-12
/// absolute near zero), with Euler and with RK4.
struct ExportTests {
    /// A stock that grows and then falls, read by `x = equation`.
    static func model(_ equation: String) -> ModelDefinition {
        ModelDefinition(
            variables: [
                .stock("s", initial: "1", inflows: ["f"], unit: "widgets", doc: "A stock that rises, then falls."),
                .flow("f", "0.3 * s - 0.05 * time * s", unit: "widgets/year"),
                .auxiliary("x", Equation(equation)),
            ],
            parameters: [Parameter(name: "k", value: 2), Parameter(name: "w", value: 0.5)],
            tables: [Table(name: "tab_clamp", xs: [0, 2, 4], ys: [1, 3, 2], mode: .clamp),
                     Table(name: "tab_extra", xs: [0, 2, 4], ys: [1, 3, 2], mode: .extrapolate),
                     Table(name: "tab_steps", xs: [0, 2, 4], ys: [1, 3, 2], mode: .discrete)])
    }

    static let settings = RunSettings(start: 0, stop: 10, dt: 0.25)

    /// Equations covering every builtin, operator and grouping the exporter rewrites.
    static let equations = [
        "if(time > 2 and not (time >= 5), 1, 2) + (time mod 3) * 2 + time mod 2.5 - (-time) mod 4 + (time == 2) + (time != 2) + (time <= 2 or time > 8)",
        "pow(s, 0.5) + clamp(s, 1.5, 2) + log10(s) + sign(s - 2) + sign(2 - s) + sign(0)",
        "pi() + starttime() + stoptime() + dt * time + min(inf(), s)",
        "min(s, 2, time) + max(1, s, 3) + abs(-s) + int(-time / 3) + sqrt(s) + exp(-time) + ln(s)",
        "sin(time) + cos(time) + tan(0.1) + arcsin(0.5) + arccos(0.5) + arctan(time)",
        "smooth(s, 2) + smooth3(s, 2, 1) + smoothn(s, 2, 3) + smoothn(s * 2, k, 2, 0.5)",
        "delay1(s, 1) + delay3(s, 2, 0.5) + delayn(s, 2, 2) + delayn(time, k, 3, 1)",
        "trend(s, 2) + trend(-s - 1, 1, 0.1) + forcst(s, 2, 1, 0.05) + forcst(time - 3, k, 2)",
        "trend(smooth(s, 1), 2) + sign(smooth(s - 2, 1)) + pulse(initial(time) + 2, 1)",
        "initial(s) + previous(s, 0) + previous(time) + safediv(s, time - 2) + safediv(1, 0, 7)",
        "step(2, 3) + ramp(1, 2, 4) + ramp(0.5, 6) + pulse(2, 1) + pulse(3, 0) + pulse(4, w) + pulse(k * 2, time / 10)",
        "pulse_train(1, 2, 3) + pulse_train(2, 5)",
        "-s ^ 2 + (-2) ^ 2 + 2 ^ 3 ^ 0.5 + -(-s) + s - (time - 1) / (2 * s) * 3 + (s + time) + (1 + (2 + s))",
        "tab_clamp(time) + tab_extra(time - 1) + tab_steps(time)",
    ]

    @Test(arguments: ExportTests.equations, IntegrationMethod.allCases)
    func everyBuiltinRoundTrips(_ equation: String, _ method: IntegrationMethod) throws {
        var settings = Self.settings
        settings.method = method
        let (mismatches, compared) = try ExportCheck.roundTrip(Self.model(equation), settings: settings)
        #expect(compared == 3)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func equationsAreWrittenInXMILE() throws {
        func exported(_ equation: String) throws -> String {
            let text = try XMILEExporter.export(Self.model(equation), settings: Self.settings, name: "m", doc: nil)
            let start = try #require(text.range(of: "<aux name=\"x\">\n                <eqn>"))
            return String(text[start.upperBound...].prefix { $0 != "<" })
        }
        let cases: [(String, String)] = [
            ("if(time == 2, 1, 0)", "(IF TIME = 2 THEN 1 ELSE 0)"),
            ("if(time != 2 and not (s > 1) or s < 0, 1, 0)", "(IF (TIME &lt;&gt; 2 AND NOT (s &gt; 1)) OR s &lt; 0 THEN 1 ELSE 0)"),
            ("(time mod 3) * 2 + time mod -2.5", "(TIME mod 3) * 2 + (TIME mod (-2.5))"),
            ("pow(s, 0.5) + clamp(s, 1, 2)", "s ^ 0.5 + MIN(MAX(s, 1), 2)"),
            ("-s ^ 2 + (-2) ^ 2 + 2 ^ 3 ^ 0.5", "-(s ^ 2) + (-2) ^ 2 + 2 ^ (3 ^ 0.5)"),
            ("s - (time - 1) + (1 + (2 + s))", "s - (TIME - 1) + (1 + (2 + s))"),
            ("min(s, 2, time) + log10(s)", "MIN(MIN(s, 2), TIME) + LN(s) / LN(10)"),
            ("smooth(s, 2) + delay3(s, 1, 0) + initial(s) + safediv(s, k)", "SMTH1(s, 2) + DELAY3(s, 1, 0) + INIT(s) + SAFEDIV(s, k)"),
            ("step(2, 3) + ramp(1, 2) + pulse_train(1, 2, 3)", "STEP(2, 3) + RAMP(1, 2) + PULSE(1, 2, 3)"),
            ("pulse(2, w)", "STEP(1, 2) - STEP(1, 2 + w)"),
            ("pulse(2, s)", "STEP(1, 2) - STEP(1, 2 + (IF s &gt; 0 THEN s ELSE DT))"),
            ("pi() + starttime() + stoptime() + dt", "3.141592653589793 + INIT(TIME) + STOPTIME + DT"),
            ("tab_clamp(time) * 1e-05", "tab_clamp(TIME) * 1e-05"),
            ("trend(s, 2)", "SAFEDIV(s - x_trend_average, 2 * ABS(x_trend_average), 0)"),
        ]
        for (equation, expected) in cases {
            let actual = try exported(equation)
            #expect(actual == expected, "\(equation)")
        }
    }

    @Test func trendKeepsTheEngineMeaningWithANegativeAverage() throws {
        let text = try XMILEExporter.export(Self.model("trend(-s - 1, 1, 0.1)"), settings: Self.settings, name: "m", doc: nil)
        #expect(text.contains("<aux name=\"x_trend_input\">"))
        #expect(text.contains("<eqn>SMTH1(x_trend_input, 1, x_trend_input / (1 + 0.1 * 1))</eqn>"))
        #expect(!text.contains("TREND("))
        // While s rises the input falls below its (negative) average: the engine's trend is
        // negative, where XMILE's TREND, dividing by average·τ, would be positive.
        let direct = try Compiler.compile(Self.model("trend(-s - 1, 1, 0.1)")).run(Self.settings)
        #expect(try #require(direct.value("x", at: 2)) < 0)
    }

    @Test func namesAreValidAndUniqueAfterCanonicalisation() throws {
        let at = SourcePosition(line: 1, column: 1)
        func name(_ text: String) -> Dynamics.Expression { Dynamics.Expression(.name(text), at: at) }
        let switched = Dynamics.Expression(.call("if", [Dynamics.Expression(.binary(.greater, Dynamics.Expression(.call("step", [Dynamics.Expression(.number(1), at: at), Dynamics.Expression(.number(4), at: at)]), at: at), Dynamics.Expression(.number(0), at: at)), at: at),
                                              name("p#2027Q1"), name("p#base")]), at: at)
        let definition = ModelDefinition(
            variables: [
                .auxiliary("growth", "1"),
                .auxiliary("Growth", "growth + 1"),
                .auxiliary("growth__", "Growth * 2"),
                .auxiliary("step", "step(1, 2) + growth"),
                .auxiliary("Time_", "time * 2"),
                .auxiliary("p", Equation("1, then 3 from 4", parsed: Dynamics.Expression(.binary(.add, switched, name("p_event_base")), at: at))),
                .auxiliary("lookups", "tab(time) + TAB(time)"),
            ],
            parameters: [Parameter(name: "p#base", value: 1, provenance: .timedValue(parameter: "p", at: nil)),
                         Parameter(name: "p#2027Q1", value: 3, provenance: .timedValue(parameter: "p", at: "2027Q1")),
                         Parameter(name: "p_event_base", value: 5)],
            tables: [Table(name: "tab", xs: [0, 10], ys: [0, 1]), Table(name: "TAB", xs: [0, 10], ys: [1, 0])])
        let names = XMILEExporter.exportedNames(of: definition)
        #expect(names == [
            "growth": "growth", "Growth": "Growth_2", "growth__": "growth_3", "step": "step_var", "Time_": "Time_var", "p": "p",
            "lookups": "lookups", "p#base": "p_event_base_2", "p#2027Q1": "p_event_2027Q1", "p_event_base": "p_event_base",
            "tab": "tab", "TAB": "TAB_2",
        ])
        #expect(Set(names.values.map(XMILEName.canonical)).count == names.count)

        let (mismatches, compared) = try ExportCheck.roundTrip(definition, settings: RunSettings(start: 0, stop: 10, dt: 0.5))
        #expect(compared == definition.variables.count)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: ["#", "2027Q1", "a.b", "x$", "_hidden_", "über_größe", ""])
    func sanitisedNamesAreXMILEIdentifiers(_ engineName: String) throws {
        let exported = try #require(XMILEExporter.exportedNames(of: ModelDefinition(variables: [.auxiliary(engineName, "1")]))[engineName])
        #expect(exported.first?.isLetter == true, "\(exported)")
        #expect(exported.allSatisfy { $0.isLetter || $0.isASCII && $0.isNumber || $0 == "_" }, "\(exported)")
        #expect(!exported.contains("__") && !exported.hasSuffix("_"), "\(exported)")
    }

    @Test func stocksFlowsUnitsDocsAndNonNegativityAreKept() throws {
        let definition = ModelDefinition(variables: [
            .stock("tank", initial: "1", inflows: ["fill"], outflows: ["drain"], nonNegative: true, unit: "litre",
                   doc: "Water & <not> \"air\" → kept"),
            .flow("fill", "sin(time)", nonNegative: true, unit: "litre/year"),
            .flow("drain", "2", unit: "litre/year"),
        ])
        let settings = RunSettings(start: 0, stop: 4, dt: 0.25, method: .euler)
        let text = try XMILEExporter.export(definition, settings: settings, name: "tank", doc: "A tank that empties.")
        #expect(text.contains("""
                        <stock name="tank">
                            <eqn>1</eqn>
                            <inflow>fill</inflow>
                            <outflow>drain</outflow>
                            <non_negative/>
                            <units>litre</units>
                            <doc>Water &amp; &lt;not&gt; "air" → kept</doc>
                        </stock>
            """))
        let model = try XMILEImporter.parse(Data(text.utf8), file: "tank.xmile")
        #expect(model.name == "tank")
        #expect(model.doc == "A tank that empties.")
        #expect(model.settings == settings)
        #expect(model.definition.variables.map(\.unit) == ["litre", "litre/year", "litre/year"])
        #expect(model.definition.variables[0].doc == "Water & <not> \"air\" → kept")
        #expect(model.definition.variables.map(\.role) == definition.variables.map(\.role))
        let (mismatches, _) = try ExportCheck.roundTrip(definition, settings: settings)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func simulationSpecsKeepTheClockMethodAndSaveInterval() throws {
        let settings = RunSettings(start: 2025, stop: 2030, dt: 0.0625, saveEvery: 0.25, method: .rk4)
        let text = try XMILEExporter.export(Self.model("s"), settings: settings, name: "m", doc: nil, timeUnit: "year")
        #expect(text.contains("""
                <sim_specs method="RK4" time_units="year" isee:save_interval="0.25">
                    <start>2025</start>
                    <stop>2030</stop>
                    <dt>0.0625</dt>
                </sim_specs>
            """))
        let model = try XMILEImporter.parse(Data(text.utf8), file: "m.xmile")
        #expect(model.settings == settings)
        #expect(model.timeUnit == "year")
    }

    @Test func outputIsWellFormedXMILE() throws {
        for equation in Self.equations {
            let text = try XMILEExporter.export(Self.model(equation), settings: Self.settings, name: "a <model> & more", doc: "\"quoted\"")
            let root = try #require(RootElementReader.read(text), "XMLParser rejected the export of \(equation)")
            #expect(root.name == "xmile")
            #expect(root.namespace == XMILEExporter.namespace)
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xmile version=\"1.0\""))
        }
    }

    @Test func sameModelGivesSameBytes() throws {
        let definition = Self.model(Self.equations.joined(separator: " + "))
        let first = try XMILEExporter.export(definition, settings: Self.settings, name: "m", doc: "d")
        let second = try XMILEExporter.export(definition, settings: Self.settings, name: "m", doc: "d")
        #expect(Data(first.utf8) == Data(second.utf8))
    }

    @Test func smallModelMatchesItsSnapshot() throws {
        let text = try XMILEExporter.export(Self.model("tab_clamp(time) + trend(s, 2) + pulse(2, 1)"),
                                            settings: RunSettings(start: 0, stop: 8, dt: 0.25, saveEvery: 1, method: .euler),
                                            name: "small", doc: "Every kind of element once.", timeUnit: "year")
        assertSnapshot(text, named: "export-small.xmile")
    }

    @Test func aModelThatDoesNotCompileIsNotExported() {
        #expect(throws: DiagnosticList.self) {
            try XMILEExporter.export(Self.model("unknown_name + 1"), settings: Self.settings, name: "m", doc: nil)
        }
    }
}

/// Every model of the XMILE conformance suite, imported, exported and imported again, runs
/// as it did the first time: the export of an imported model keeps its meaning.
struct ExportConformanceTests {
    @Test(arguments: ConformanceTests.cases)
    func importedModelSurvivesExport(_ name: String) throws {
        let folder = ConformanceTests.suite.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xmile" || (ConformanceTests.arrayCases.contains(name) && $0.pathExtension == "stmx") }
        try #require(!files.isEmpty)
        for file in files {
            let original = try XMILEImporter.load(contentsOf: file)
            let (mismatches, compared) = try ExportCheck.roundTrip(original.definition, settings: original.settings)
            #expect(compared == (try Compiler.flatten(original.definition, dialect: .xmile)).variables.count)
            #expect(mismatches.isEmpty, "\(name)/\(file.lastPathComponent): \(mismatches)")
        }
    }
}
