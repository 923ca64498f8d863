import Dynamics
import Foundation
import Testing
import TestSupport
@testable import XMILE

/// XMILE files found by fuzzing to crash or hang the importer, each reduced to its smallest
/// form: every one must give a located error (or run), never a signal.
struct HostileXMILETests {
    /// The problems of `bytes` as printed, importing and running it.
    func problems(_ bytes: [UInt8], file: String = "bad.xmile") -> [String] {
        do {
            _ = try XMILESimulator.simulate(XMILEImporter.parse(Data(bytes), file: file))
            return []
        } catch {
            return error.diagnostics.filter(\.isError).map(\.description)
        }
    }

    func problems(_ text: String, file: String = "bad.xmile") -> [String] { problems(Array(text.utf8), file: file) }

    /// A model with no variables: the code generator indexed the first variable of an empty model.
    @Test func aModelWithoutVariablesIsALocatedError() {
        let text = """
            <?xml version="1.0" encoding="utf-8"?>
            <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <sim_specs><start>0</start><stop>10</stop></sim_specs>
            <model>
            </model>
            </xmile>
            """
        #expect(problems(text) == ["bad.xmile:4:1: error: the model has no stocks, flows or auxiliaries in <variables>: there is nothing to run; "
            + "XMILE lists them inside <variables> in <model>"])
        #expect(problems(xmile("")).first?.contains("the model has no stocks, flows or auxiliaries") == true)
    }

    /// `DELAY(TIME, 1e19)` trapped converting the pipeline's length to Int.
    @Test func aFixedDelayLongerThanTheRunRuns() throws {
        let results = try simulate(xmile("<aux name=\"late\"><eqn>DELAY(TIME, 1e19, 3)</eqn></aux>", stop: 2, dt: 0.5))
        #expect(results.values("late") == [3, 3, 3, 3, 3])
        let negative = problems(xmile("<aux name=\"late\"><eqn>DELAY(TIME, -1)</eqn></aux>"))
        #expect(negative.count == 1)
        #expect(negative.first?.contains("error: the delay time of a fixed delay in the equation of 'late' is -1 at the start of the run") == true,
                "\(negative)")
    }

    /// A tiny dt over a long run asked for gigabytes for the recorded series.
    @Test func aRunTooLargeToRecordIsRefusedAtItsSimSpecs() {
        let text = xmile("<aux name=\"a\"><eqn>TIME</eqn></aux>", stop: 40_000, dt: 0.001)
        #expect(problems(text) == ["\(place(of: "<sim_specs", in: text, file: "bad.xmile")): error: the run would record 40000001 saved times of 1 "
            + "variables, 40000001 values, over the limit of 33554432 (256 MB); save less often (a larger step or save interval), or run a shorter span"])
    }

    /// Invalid UTF-8 inside a name or an entity crashed Foundation's XML parser (signal 4).
    static let invalidUTF8: [([UInt8], String)] = [
        ([0x3C, 0xFF, 0x6C, 0x6E, 0x33], "bad.xmile:1:2"),          // < 0xFF ln3
        ([0x3C, 0x61, 0x3E, 0x26, 0xFF, 0x3B, 0x3C, 0x2F, 0x61, 0x3E], "bad.xmile:1:5"),  // <a>& 0xFF ;</a>
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsALocatedErrorBeforeTheXMLParserSeesIt(bytes: [UInt8], place: String) {
        #expect(problems(bytes) == ["\(place): error: the file is not valid UTF-8: the byte 0xFF cannot be read; save the file as UTF-8"])
    }

    @Test func theFirstBadByteIsPlacedByLineAndColumn() {
        let text = xmile("<aux name=\"caf\u{E9}\"><eqn>1</eqn></aux>")
        let at = text.range(of: "<eqn>1")!.upperBound
        var bytes = Array(text[..<at].utf8)
        let place = "bad.xmile:\(line(of: "<eqn>1", in: text)):\(column(of: "<eqn>1", in: text) + 6)"
        bytes += [0xC3, 0x28] + Array(text[at...].utf8)
        #expect(problems(bytes) == ["\(place): error: the file is not valid UTF-8: the byte 0xC3 cannot be read; save the file as UTF-8"])
        var withNul = Array(text[..<at].utf8)
        withNul += [0] + Array(text[at...].utf8)
        #expect(problems(withNul) == ["\(place): error: the file holds a NUL byte, which XML does not allow; is it a binary file, or saved as UTF-16? "
            + "save it as UTF-8 text"])
    }

    /// Deeply nested elements crashed when the element tree was freed (signal 11).
    @Test func deepNestingStopsTheParseWithALocatedError() {
        let text = "<xmile>" + String(repeating: "<a>\n", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</xmile>"
        #expect(problems(text) == ["bad.xmile:256:1: error: elements are nested more than 256 deep; XMILE files nest a few levels deep; "
            + "check the tags around this line"])
    }

    /// libxml2's warnings (an XML version it does not know, a relative namespace URI) were
    /// reported as "the file is not well-formed XML".
    @Test(arguments: [("<?xml version=\"1.0\"", "<?xml version=\"1.1\""),
                      ("xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\"", "xmlns=\"xmile\"")])
    func aParserWarningIsNotAnError(original: String, replacement: String) throws {
        let text = xmile("<aux name=\"a\"><eqn>1</eqn></aux>", stop: 2).replacingOccurrences(of: original, with: replacement)
        #expect(text.contains(replacement))
        let model = try importModel(text)
        #expect(model.warnings.isEmpty, "\(model.warnings)")
        #expect(try XMILESimulator.simulate(model).values("a") == [1, 1, 1])
    }

    /// Vensim's INT and MOD, and TREND, are written out with their arguments twice, so nesting
    /// them made an equation exponentially large: `TIME MOD 2 MOD 2 …` thirty times hung.
    @Test(arguments: ["TIME" + String(repeating: " MOD 2", count: 30),
                      String(repeating: "INT(", count: 30) + "TIME" + String(repeating: ")", count: 30),
                      String(repeating: "TREND(", count: 14) + "TIME" + String(repeating: ", 2)", count: 14)])
    func anEquationThatGrowsTooLargeWhenWrittenOutIsALocatedError(equation: String) {
        let text = xmile("<aux name=\"a\"><eqn>\(equation)</eqn></aux>", vendor: "Ventana Systems, xmutil")
        #expect(problems(text) == ["\(place(of: equation, in: text, file: "bad.xmile")): error: the equation of 'a' has more than 100000 terms "
            + "once TREND, FORCST, INT and MOD are written out; each of these functions repeats its arguments; compute nested ones in auxiliaries of their own"])
        // A few levels are fine.
        let few = xmile("<aux name=\"a\"><eqn>TIME MOD 2 MOD 2 MOD 2</eqn></aux>", vendor: "Ventana Systems, xmutil")
        #expect(problems(few).isEmpty)
    }

    /// Export writes sign() and pulse() with their arguments twice; nested, the file doubled
    /// at each level.
    @Test func exportingNestedSignsAndPulsesStaysSmall() throws {
        for equation in [String(repeating: "sign(", count: 40) + "time" + String(repeating: ")", count: 40),
                         String(repeating: "pulse(", count: 40) + "time" + String(repeating: ", 1)", count: 40)] {
            let definition = ModelDefinition(variables: [.auxiliary("x", Equation(equation))])
            let text = try XMILEExporter.export(definition, settings: RunSettings(start: 0, stop: 2, dt: 0.5), name: "m", doc: nil)
            #expect(text.utf8.count < 100_000, "\(text.utf8.count) bytes")
        }
    }

    /// Finding which `IF (` brackets hold a comma scanned the rest of the equation for each one:
    /// 15,000 of them took 12 s before the parser could say the equation nests too deep.
    @Test func manyIfBracketsAreReadInLinearTime() {
        let started = Date()
        let found = problems(xmile("<aux name=\"a\"><eqn>" + String(repeating: "IF (", count: 15_000) + "1</eqn></aux>"))
        #expect(found.count == 1 && found.first?.contains("nested more than 256 deep") == true, "\(found)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// The order of SMTHN is the engine's start value of the auxiliaries it reads, however long
    /// the chain; an order that is not a whole number there is refused at the order.
    @Test func anOrderAtTheEndOfALongChainOfAuxiliariesIsItsStartValue() throws {
        var variables = "<aux name=\"a0\"><eqn>3</eqn></aux>\n"
        for k in 1...1000 { variables += "<aux name=\"a\(k)\"><eqn>a\(k - 1)</eqn></aux>\n" }
        variables += "<aux name=\"s\"><eqn>SMTHN(TIME, 1, a1000)</eqn></aux>"
        let text = xmile(variables, stop: 2)
        #expect(problems(text).isEmpty)
        let call = try #require(importModel(text).definition.variables.first { $0.name == "s" }?.equation.parsed)
        #expect("\(call)" == "smoothn(time, 1, 3)")
        let fractional = xmile("<aux name=\"a0\"><eqn>2.5</eqn></aux><aux name=\"s\"><eqn>SMTHN(TIME, 1, a0)</eqn></aux>", stop: 2)
        #expect(problems(fractional) == ["\(place(of: "a0)", in: fractional, file: "bad.xmile")): error: the order of SMTHN must be a whole number from 1 to 1000, known at the start of the run; write SMTHN(input, averaging time, n, [initial]) with the order as a number or an auxiliary holding one"])
    }
}
