import Foundation
import Testing
import Dynamics
import XMILE

/// Features the importer cannot simulate are refused with `not supported yet: <feature>
/// (line N)`, never run approximately; malformed input names the file and line.
struct UnsupportedFeatureTests {
    /// (what the file holds, the feature the message names, text on the line it names)
    static let cases: [(variables: String, outside: String, feature: String, marker: String)] = [
        ("<aux name=\"a\"><eqn>HISTORY(TIME, 2)</eqn></aux>", "", "HISTORY", "HISTORY(TIME"),
        ("<aux name=\"a\"><eqn>1 +\n TRIANGULAR(0, 1, 2)</eqn></aux>", "", "the random-number function TRIANGULAR", "TRIANGULAR("),
        ("<aux name=\"a\"><eqn>WEIBULL(1, 2)</eqn></aux>", "", "the random-number function WEIBULL", "WEIBULL("),
        ("<stock name=\"s\"><eqn>0</eqn>\n <conveyor><len>2</len></conveyor></stock>", "", "conveyors", "<conveyor>"),
        ("<stock name=\"s\"><eqn>0</eqn><queue/></stock>", "", "queues", "<queue/>"),
    ]

    @Test(arguments: 0..<cases.count)
    func isRefusedWithTheFeatureAndLine(_ index: Int) {
        let (variables, outside, feature, marker) = Self.cases[index]
        let text = xmile(variables, outside: outside)
        let found = problems(text)
        let expectedLine = line(of: marker, in: text)
        #expect(found.contains { $0.contains("error: not supported yet: \(feature) (line \(expectedLine))") },
                "\(found)")
    }

    @Test func aModuleWithoutItsModelIsRefusedAtTheModule() {
        let text = xmile("<module name=\"sector\"/>\n        <aux name=\"a\"><eqn>1</eqn></aux>")
        let found = problems(text)
        #expect(found.contains { $0.contains(":\(line(of: "<module", in: text)):") && $0.contains("module 'sector' has no <model name=\"sector\">") },
                "\(found)")
    }

    @Test func anUnconnectedInputWithoutAnEquationIsRefused() {
        let text = xmile("<module name=\"sector\"/>\n        <aux name=\"a\"><eqn>sector.out</eqn></aux>").replacingOccurrences(
            of: "</xmile>", with: """
                <model name="sector"><variables>
                    <aux name="in" access="input"><eqn>{connected elsewhere}</eqn></aux>
                    <aux name="out" access="output"><eqn>in * 2</eqn></aux>
                </variables></model>
            </xmile>
            """)
        let found = problems(text)
        #expect(found.contains { $0.contains("input 'sector.in' is connected to nothing and has no equation of its own") }, "\(found)")
    }

    @Test func malformedXMLNamesTheFileAndLine() {
        let text = xmile("<aux name=\"a\"><eqn>1 &bogus; 2</eqn></aux>")
        let found = problems(text, file: "models/broken.xmile")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("models/broken.xmile:\(line(of: "&bogus;", in: text)):") == true, "\(found)")
        #expect(found.first?.contains("error: the file is not well-formed XML: an entity reference is malformed") == true)
    }

    @Test func aTruncatedFileIsRefused() {
        let text = xmile("<aux name=\"a\"><eqn>1</eqn></aux>")
        let cut = String(text[..<text.range(of: "</aux>")!.upperBound])
        let found = problems(cut, file: "cut.xmile")
        #expect(found.count == 1)
        #expect(found.first?.contains("error: the file is not well-formed XML: the document ends before all its elements are closed") == true,
                "\(found)")
    }

    @Test func anUnquotedAttributeIsAnXMLError() {
        let text = xmile("<aux name=a><eqn>1</eqn></aux>")
        let found = problems(text, file: "m.xmile")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("m.xmile:\(line(of: "<aux name=a>", in: text)):") == true, "\(found)")
        #expect(found.first?.contains("not well-formed XML") == true)
    }

    @Test func anEmptyFileOrAnotherFormatIsRefused() {
        #expect(problems("", file: "e.xmile") == ["e.xmile:1:1: error: the file is empty"])
        #expect(problems("<svg/>", file: "p.svg").first?.contains("not an XMILE file: the root element is <svg>") == true)
    }

    @Test func aMissingEndTagIsRecoveredWithAWarning() throws {
        // As in the SDXorg non_negative_flows case: a flow without its end tag.
        let text = xmile("""
            <flow name="f"><eqn>1</eqn>
            <stock name="s"><eqn>0</eqn><inflow>f</inflow></stock>
            """, stop: 2)
        let model = try importModel(text)
        #expect(model.warnings.contains { $0.message.contains("not well-formed XML") })
        let results = try XMILESimulator.simulate(model)
        #expect(results.values("s") == [0, 1, 2])
    }
}

/// Mistakes in equations and declarations are reported where they were written.
struct ModelErrorTests {
    @Test func anUnknownFunctionSuggestsTheNearestBuiltin() {
        let text = xmile("<aux name=\"a\"><eqn>SMTH(1, 2)</eqn></aux>")
        #expect(problems(text) == [
            "\(place(of: "SMTH(1", in: text)): error: unknown function 'smth'; did you mean 'smth1'?",
        ])
    }

    @Test func aWrongArgumentCountShowsTheSignature() {
        let found = problems(xmile("<aux name=\"a\"><eqn>SMTH1(TIME)</eqn></aux>"))
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("error: SMTH1 takes 2 or 3 arguments, not 1; write SMTH1(input, averaging time, [initial])") == true,
                "\(found)")
    }

    @Test func theOrderOfDelaynMustBeConstant() {
        let found = problems(xmile("<aux name=\"a\"><eqn>DELAYN(1, 2, TIME, 0)</eqn></aux>"))
        #expect(found.first?.contains("the order of DELAYN must be a whole number") == true, "\(found)")
    }

    @Test func anUnknownNameIsPlacedInTheFile() {
        let text = xmile("""
            <aux name="Room Temperature"><eqn>70</eqn></aux>
            <aux name="gap"><eqn>
                180 - Room_Temperatur</eqn></aux>
            """)
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(place(of: "Room_Temperatur", in: text)): error: unknown name 'room_temperatur'") == true,
                "\(found)")
        #expect(found.first?.hasSuffix("did you mean 'room_temperature'?") == true)
    }

    @Test func aSyntaxErrorIsPlacedInTheFile() {
        let text = xmile("<aux name=\"a\"><eqn>1 + * 2</eqn></aux>")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(place(of: "* 2", in: text)): error: in the equation of 'a':") == true,
                "\(found)")
    }

    @Test func namesEqualUpToCaseAndSpacesAreDuplicates() {
        let found = problems(xmile("""
            <aux name="Birth Rate"><eqn>1</eqn></aux>
            <aux name="birth_rate"><eqn>2</eqn></aux>
            """))
        #expect(found.count == 1)
        #expect(found.first?.contains("error: 'birth_rate' is defined twice") == true, "\(found)")
    }

    @Test func aStockMustNameDefinedFlows() {
        let found = problems(xmile("""
            <stock name="s"><eqn>0</eqn><inflow>arivals</inflow></stock>
            <flow name="arrivals"><eqn>1</eqn></flow>
            """))
        #expect(found.count == 1)
        #expect(found.first?.contains("stock 's' lists 'arivals', which is not defined; did you mean 'arrivals'?") == true,
                "\(found)")
    }

    @Test func missingAndEmptyEquationsAreReported() {
        let found = problems(xmile("""
            <stock name="s"><inflow>f</inflow></stock>
            <flow name="f"><eqn>  </eqn></flow>
            """))
        #expect(found.contains { $0.contains("stock 's' has no <eqn>; give the initial value in <eqn>") })
        #expect(found.contains { $0.contains("the equation of 'f' is empty") })
    }

    @Test func aBadNonNegativeValueIsReported() {
        let found = problems(xmile("<flow name=\"f\"><eqn>1</eqn><non_negative>maybe</non_negative></flow>"))
        #expect(found.first?.contains("<non_negative> holds 'maybe'") == true, "\(found)")
    }
}
