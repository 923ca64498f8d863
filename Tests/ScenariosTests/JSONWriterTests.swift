import Dynamics
import Foundation
import Testing
@testable import Scenarios

@Suite struct JSONWriterTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (2025, "2025"), (-3, "-3"), (1, "1"),
        (0.1, "0.1"), (-3.25, "-3.25"), (1.0 / 3, "0.3333333333333333"), (123456.789, "123456.789"),
        (1e15, "1000000000000000"), (999_999_999_999_999, "999999999999999"), (1e16, "1e16"),
        (4.5e26, "4.5e26"), (-1.5e-7, "-1.5e-7"), (1e-5, "1e-5"), (0.0001, "0.0001"),
        (.leastNonzeroMagnitude, "5e-324"), (.greatestFiniteMagnitude, "1.7976931348623157e308"),
        (.infinity, "null"), (-.infinity, "null"), (.nan, "null"),
    ] as [(Double, String)])
    func formatsNumber(value: Double, text: String) {
        #expect(JSONWriter.number(value) == text)
        if value.isFinite {
            // Shortest round trip: the text reads back as exactly the same number.
            #expect(Double(text) == value)
        }
    }

    @Test func numbersRoundTripExactly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let x = Double(bitPattern: generator.next())
            guard x.isFinite else { continue }
            #expect(Double(JSONWriter.number(x)) == x)
        }
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"back\slash / slash"#, #""back\\slash / slash""#),
        ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1}\u{1F}\u{7F}", "\"\\u0000\\u0001\\u001f\u{7F}\""),
        ("é€😀\u{2028}", "\"é€😀\u{2028}\""),
    ])
    func escapesString(text: String, json: String) {
        #expect(JSONWriter.string(text) == json)
    }

    private let sample = JSONValue(.object([
        JSONValue.Member(key: "name", value: JSONValue(.string("base"))),
        JSONValue.Member(key: "year", value: JSONValue(.number(2025))),
        JSONValue.Member(key: "series", value: JSONValue(.array([JSONValue(.number(1.5)), JSONValue(.null), JSONValue(.bool(true))]))),
        JSONValue.Member(key: "empty", value: JSONValue(.object([]))),
        JSONValue.Member(key: "none", value: JSONValue(.array([]))),
        JSONValue.Member(key: "nested", value: JSONValue(.object([
            JSONValue.Member(key: "big", value: JSONValue(.number(4.5e26))),
            JSONValue.Member(key: "off", value: JSONValue(.bool(false))),
        ]))),
    ]))

    @Test func writesCompact() {
        #expect(JSONWriter.write(sample, style: .compact)
                == #"{"name":"base","year":2025,"series":[1.5,null,true],"empty":{},"none":[],"nested":{"big":4.5e26,"off":false}}"#)
    }

    @Test func writesPretty() {
        let expected = """
        {
          "name": "base",
          "year": 2025,
          "series": [
            1.5,
            null,
            true
          ],
          "empty": {},
          "none": [],
          "nested": {
            "big": 4.5e26,
            "off": false
          }
        }
        """
        #expect(JSONWriter.write(sample) == expected)
        var appended = "x = "
        JSONWriter.write(sample, style: .pretty, to: &appended)
        #expect(appended == "x = " + expected)
    }

    @Test func writesScalarsAtTopLevel() {
        #expect(JSONWriter.write(JSONValue(.number(.nan)), style: .compact) == "null")
        #expect(JSONWriter.write(JSONValue(.string("a\"b")), style: .pretty) == #""a\"b""#)
        #expect(JSONWriter.write(JSONValue(.array([])), style: .pretty) == "[]")
    }

    @Test(arguments: [JSONWriter.Style.compact, .pretty])
    func readingWrittenTextGivesTheSameBytes(style: JSONWriter.Style) throws {
        let source = """
        { b: [1, .5, -2e-9, 0x10, 'x\\ty'], a: { 'é': "😀", z: null, t: true }, n: 12345678901234567890 }
        """
        let first = JSONWriter.write(try JSON5Reader.parse(source, file: nil), style: style)
        let second = JSONWriter.write(try JSON5Reader.parse(first, file: nil), style: style)
        #expect(first == second)
        // The output is plain JSON: Foundation reads it too.
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(first.utf8)) }
    }
}
