import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Marks a position inside test input; it is removed before parsing.
private let marker: Character = "⏚"

/// The text without markers, and the line and column of each marker in that text.
///
/// Positions follow the reader's rules: CRLF, CR and LF each end a line, columns count
/// Unicode scalars, and a leading byte-order mark takes no column.
private func unmark(_ marked: String) -> (text: String, positions: [SourcePosition]) {
    var text = ""
    var positions: [SourcePosition] = []
    var line = 1, column = 1
    var previous: Unicode.Scalar?
    for scalar in marked.unicodeScalars {
        if Character(scalar) == marker {
            positions.append(SourcePosition(line: line, column: column))
            continue
        }
        let isByteOrderMark = scalar == "\u{FEFF}" && text.isEmpty
        text.unicodeScalars.append(scalar)
        if scalar == "\n" {
            if previous != "\r" { line += 1; column = 1 }
        } else if scalar == "\r" {
            line += 1; column = 1
        } else if !isByteOrderMark {
            column += 1
        }
        previous = scalar
    }
    return (text, positions)
}

/// Every position the parse recorded, in file order: values, and keys before their values.
private func recordedPositions(_ value: JSONValue) -> [SourcePosition] {
    var positions = [value.position]
    for member in value.members ?? [] {
        positions.append(member.keyPosition)
        positions += recordedPositions(member.value)
    }
    for element in value.array ?? [] { positions += recordedPositions(element) }
    return positions
}

/// The parse of `text`, or the diagnostic it raised.
private func parseResult(_ text: String) -> Result<JSONValue, Diagnostic> {
    Result { () throws(Diagnostic) in try JSON5Reader.parse(text, file: "test.json5") }
}

/// The compact JSON of a JSON5 text, for comparing parsed values without their positions.
private func canonical(_ json5: String) throws -> String {
    JSONWriter.write(try JSON5Reader.parse(json5, file: nil), style: .compact)
}

/// A document that uses every feature, for truncation and mutation tests.
private let sampleDocument = """
\u{FEFF}// Scenario
{
\tname: 'base',  /* é */ "quoted": "a\\tb\\u00e9\\uD83D\\uDE00",
  numbers: [1, -2.5e3, .5, 5., +1, 0x1F, Infinity, -Infinity, NaN,],\r\n
  flags: { on: true, off: false, none: null, },
  text: 'line \\
two',\r  ünï: "😀",
}

"""

@Suite struct JSON5ReaderTests {
    // MARK: - Values

    @Test(arguments: [
        // Comments and trailing commas.
        ("// leading\n{ a: 1, } /* trailing */", #"{"a":1}"#),
        ("[1, 2, 3,]", "[1,2,3]"),
        ("{ a: [ /* none */ ], b: {}, }", #"{"a":[],"b":{}}"#),
        ("{ a: 1 // to end of line\r, b: 2 }", #"{"a":1,"b":2}"#),
        ("/**/[/***/1/* * / */]//", "[1]"),
        // Keys.
        ("{ $id_1: 1, _x: 2, café: 3, Δt: 4 }", #"{"$id_1":1,"_x":2,"café":3,"Δt":4}"#),
        ("{ true: 1, null: 2, NaN: 3 }", #"{"true":1,"null":2,"NaN":3}"#),
        (#"{ "quoted key": 1, 'single': 2, '': 3 }"#, #"{"quoted key":1,"single":2,"":3}"#),
        (#"{ \u0061b: 1, a\u0062c: 2 }"#, #"{"ab":1,"abc":2}"#),
        // Strings and escapes.
        (#"['it\'s', "say \"hi\"", 'a "b"', "a 'b'"]"#, #"["it's","say \"hi\"","a \"b\"","a 'b'"]"#),
        (#"["\n\t\r\\\/\b\f"]"#, #"["\n\t\r\\/\b\f"]"#),
        (#"["\v\0"]"#, #"["\u000b\u0000"]"#),
        (#"["\u00e9\u20AC\uD83D\uDE00", "\x41\x7a"]"#, #"["é€😀","Az"]"#),
        (#"["\q\é"]"#, #"["qé"]"#),
        ("['line \\\none', 'crlf \\\r\ntwo', 'cr \\\rthree', 'ls \\\u{2028}four']", #"["line one","crlf two","cr three","ls four"]"#),
        ("['tab\there', 'ls\u{2028}ps\u{2029}']", "[\"tab\\there\",\"ls\u{2028}ps\u{2029}\"]"),
        ("'é😀 multi-byte'", #""é😀 multi-byte""#),
        // Numbers.
        ("[0, -0, 2025, -3.25, 1e3, 1E-2, 2.5e+2]", "[0,0,2025,-3.25,1000,0.01,250]"),
        ("[.5, 5., -.5e1, +1, +.25]", "[0.5,5,-5,1,0.25]"),
        ("[0x1F, 0XaB, -0x10, +0x0]", "[31,171,-16,0]"),
        ("[1e400]", "[null]"),
        // Words and nesting.
        ("[true, false, null]", "[true,false,null]"),
        ("{ a: { b: { c: [[], [{}]] } } }", #"{"a":{"b":{"c":[[],[{}]]}}}"#),
        // Top-level scalars, white space and a byte-order mark.
        ("42", "42"),
        ("  'text'  ", #""text""#),
        ("\u{FEFF}{ a: 1 }", #"{"a":1}"#),
        ("{\u{A0}a:\u{2028}1,\u{2029}b\u{3000}:\u{FEFF}2\u{0B}\u{0C}}", #"{"a":1,"b":2}"#),
    ])
    func parsesValue(json5: String, json: String) throws {
        #expect(try canonical(json5) == json)
    }

    @Test func keepsNonFiniteNumbers() throws {
        let values = try #require(try JSON5Reader.parse("[Infinity, -Infinity, +Infinity, NaN, -NaN]", file: nil).array)
        try #require(values.count == 5)
        #expect(values[0].number == .infinity)
        #expect(values[1].number == -.infinity)
        #expect(values[2].number == .infinity)
        #expect(values[3].number?.isNaN == true)
        #expect(values[4].number?.isNaN == true)
    }

    /// Numbers are read with a fast path for short mantissas; each must equal Swift's own parse.
    @Test func decimalNumbersMatchSwiftsParser() throws {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = ["0.1", "0.3", "1e22", "1e23", "9007199254740993", "123456789012345", "1234567890123456",
                               "4.35e-7", "2.2250738585072014e-308", "5e-324", "1.7976931348623157e308", "0.000001"]
        for _ in 0..<3_000 {
            let digits = String((0..<Int.random(in: 1...18, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            let trimmed = digits.drop { $0 == "0" }
            var text = trimmed.isEmpty ? "0" : String(trimmed)
            if Bool.random(using: &generator) {
                let point = Int.random(in: 0...text.count, using: &generator)
                text.insert(".", at: text.index(text.startIndex, offsetBy: point))
                if text.hasPrefix(".") && Bool.random(using: &generator) { text = "0" + text }
            }
            if Bool.random(using: &generator) { text += "e\(Int.random(in: -40...40, using: &generator))" }
            texts.append(text)
        }
        let values = try #require(try JSON5Reader.parse("[" + texts.joined(separator: ",") + "]", file: nil).array)
        for (text, value) in zip(texts, values) {
            let expected = try #require(Double(text))
            #expect(value.number == expected, "\(text)")
        }
    }

    @Test func keepsMembersInFileOrder() throws {
        let value = try JSON5Reader.parse("{ zebra: 1, apple: 2, mango: 3 }", file: nil)
        #expect(value.members?.map(\.key) == ["zebra", "apple", "mango"])
    }

    @Test func accessors() throws {
        let value = try JSON5Reader.parse("{ s: 'x', n: 2, b: true, z: null, a: [1], o: {} }", file: nil)
        #expect(value["s"]?.string == "x")
        #expect(value["n"]?.number == 2)
        #expect(value["b"]?.bool == true)
        #expect(value["z"]?.isNull == true)
        #expect(value["a"]?.array?.count == 1)
        #expect(value["o"]?.members?.isEmpty == true)
        #expect(value["missing"] == nil)
        #expect(value["s"]?.number == nil)
        #expect(value.member("n")?.keyPosition == SourcePosition(line: 1, column: 11))
        #expect(["s", "n", "b", "z", "a", "o"].map { value[$0]?.typeName }
                == ["a string", "a number", "a boolean", "null", "an array", "an object"])
    }

    // MARK: - Positions

    @Test(arguments: [
        "⏚{ ⏚a: ⏚1, ⏚'b': ⏚[⏚true, ⏚null], ⏚\"c\": ⏚-2 }",
        "⏚{\n  ⏚name: ⏚'base',\n  ⏚growth: ⏚{ ⏚rate: ⏚0.5 },\n}",
        "⏚{\r\n\t⏚a:\t⏚1,\r\n\t⏚b:\t⏚2\r\n}",
        "⏚{\r⏚a: ⏚1,\r\r⏚b: ⏚2}",
        "⏚{ ⏚é: ⏚'€😀', ⏚ü: ⏚[⏚'ß', ⏚.5] }",
        "\u{FEFF}⏚{ ⏚a: ⏚1 }",
        "// comment é\n/* é\r\n */ ⏚[⏚1, /* é */ ⏚'x']",
        "⏚[⏚'a \\\nb', ⏚2]",
        "⏚{ ⏚a: ⏚{}, ⏚b: ⏚[], ⏚c: ⏚[⏚[], ⏚{}] }",
    ])
    func recordsPositions(marked: String) throws {
        let (text, expected) = unmark(marked)
        let value = try JSON5Reader.parse(text, file: nil)
        #expect(recordedPositions(value) == expected)
    }

    @Test func stringContentStartMapsEquationColumns() throws {
        let (text, marks) = unmark("{\n\tequation: ⏚'⏚compute ⏚* 2',\n}")
        let equation = try #require(try JSON5Reader.parse(text, file: nil)["equation"])
        #expect(equation.position == marks[0])
        #expect(equation.contentStart == marks[1])
        // '*' is at column 9 of the equation.
        let star = SourceLocation(file: nil, position: equation.contentStart).advanced(by: SourcePosition(line: 1, column: 9))
        #expect(star.position == marks[2])
    }

    // MARK: - Errors

    /// An input with `⏚` where the error is expected, and text the message and hint must contain.
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var input: String
        var message: String
        var hint: String?
        init(_ input: String, _ message: String, hint: String? = nil) {
            (self.input, self.message, self.hint) = (input, message, hint)
        }
        var testDescription: String { input.debugDescription }
    }

    @Test(arguments: [
        ErrorCase("⏚", "the file is empty", hint: "expected an object such as { name: \"base\" }"),
        ErrorCase("⏚  // only a comment\n  /* and another\n */\n", "the file is empty"),
        ErrorCase("\u{FEFF}⏚", "the file is empty"),
        ErrorCase("{\n  a: {\n    b: 1,\n⏚", "unexpected end of file", hint: "expected '}' to close the object opened at 2:6"),
        ErrorCase("{\n  a: ⏚", "unexpected end of file", hint: "expected '}' to close the object opened at 1:1"),
        ErrorCase("{ a⏚", "unexpected end of file", hint: "'}' to close the object opened at 1:1"),
        ErrorCase("[1, [2, 3]⏚", "unexpected end of file", hint: "expected ']' to close the array opened at 1:1"),
        ErrorCase("[⏚", "unexpected end of file", hint: "']' to close the array opened at 1:1"),
        ErrorCase("{\n  hardware_growth: 1.5\n  ⏚year: 2025\n}",
                  "expected ',' or '}' after the value of 'hardware_growth', found 'year'", hint: "separate values with ','"),
        ErrorCase("[1 ⏚2]", "expected ',' or ']' after an element of the array opened at 1:1, found '2'"),
        ErrorCase("{ a: 1 ⏚] }", "expected ',' or '}' after the value of 'a', found ']'"),
        ErrorCase("{ a: 1 ⏚'b': 2 }", "expected ',' or '}' after the value of 'a', found \"'\""),
        ErrorCase("{ ⏚1: 2 }", "expected a key, found '1'"),
        ErrorCase("{ a: 1,⏚, }", "expected a key, found ','"),
        ErrorCase("{ a⏚-b: 1 }", "expected ':' after the key 'a', found '-'", hint: "quote keys"),
        ErrorCase("{ a ⏚1 }", "expected ':' after the key 'a', found '1'"),
        ErrorCase("{ a: ⏚}", "expected a value for 'a', found '}'"),
        ErrorCase("[1, ⏚, 2]", "expected a value, found ','", hint: "remove the extra ','"),
        ErrorCase("[⏚@]", "expected a value, found '@'"),
        ErrorCase("[⏚\u{0}]", "expected a value, found U+0000"),
        ErrorCase("[\r\r⏚#]", "expected a value, found '#'"),
        ErrorCase("{ ok: ⏚tru }", "expected a value, found 'tru'", hint: "did you mean 'true'?"),
        ErrorCase("[⏚Null]", "expected a value, found 'Null'", hint: "did you mean 'null'?"),
        ErrorCase("[⏚nan]", "found 'nan'", hint: "did you mean 'NaN'?"),
        ErrorCase("{ name: ⏚base }", "expected a value, found 'base'", hint: "put text in quotes, e.g. \"base\""),
        ErrorCase("{\r\n\t'é': ⏚tru }", "found 'tru'"),
        ErrorCase("{} ⏚{}", "expected the end of the file after the top-level value, found '{'"),
        ErrorCase("{ a: ⏚'abc\n}", "unterminated string", hint: "close it with ' before the end of the line"),
        ErrorCase("{ a: ⏚\"abc", "unterminated string", hint: "close it with \""),
        ErrorCase("[⏚'abc\\", "unterminated string"),
        ErrorCase("{ a: 1 ⏚/* never closed *", "unterminated comment", hint: "close it with '*/'"),
        ErrorCase(#"["x⏚\1"]"#, #"invalid escape '\1'"#),
        ErrorCase(#"["⏚\01"]"#, #"invalid escape '\01'"#),
        ErrorCase(#"["⏚\x4g"]"#, #"invalid escape '\x4g'"#),
        ErrorCase(#"["⏚\u12"]"#, #"invalid escape '\u12'"#),
        ErrorCase(#"["⏚\uD800"]"#, #"'\uD800' is half of a UTF-16 surrogate pair"#),
        ErrorCase(#"["⏚\uDE00\uD83D"]"#, "half of a UTF-16 surrogate pair"),
        ErrorCase(#"{ a⏚\u002D: 1 }"#, #"invalid escape '\u002D'"#),
        ErrorCase("[⏚012]", "a number cannot start with '0' followed by a digit"),
        ErrorCase("[-⏚00.5]", "a number cannot start with '0' followed by a digit"),
        ErrorCase("[⏚12px]", "invalid number '12px'"),
        ErrorCase("[⏚1.2.3]", "invalid number '1.2.3'"),
        ErrorCase("[⏚-]", "invalid number '-'"),
        ErrorCase("[⏚0x]", "invalid number '0x'"),
        ErrorCase("[⏚0x1G]", "invalid number '0x1G'"),
        ErrorCase("[⏚1e]", "invalid number '1e'"),
        ErrorCase("[⏚1e+]", "invalid number '1e+'"),
        ErrorCase("[⏚-Inf]", "invalid number '-Inf'"),
        ErrorCase("[⏚+foo]", "invalid number '+foo'"),
        ErrorCase("[⏚.]", "invalid number '.'"),
        ErrorCase("{\n  value: 1,\n  other: 2,\n  ⏚value: 3\n}",
                  "key 'value' appears twice in this object (first at 2:3)", hint: "remove one of them"),
        ErrorCase("{ a: 1, ⏚\"a\": 2 }", "key 'a' appears twice in this object (first at 1:3)"),
        ErrorCase("{ a: { a: 1 }, b: [{ a: 1 }, { a: 2, ⏚a: 3 }] }", "key 'a' appears twice in this object (first at 1:32)"),
    ])
    func reportsError(_ errorCase: ErrorCase) throws {
        let (text, marks) = unmark(errorCase.input)
        let expected = try #require(marks.first)
        guard case .failure(let diagnostic) = parseResult(text) else {
            Issue.record("parsed without error")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "test.json5", position: expected))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains(errorCase.message), "\(diagnostic)")
        if let hint = errorCase.hint {
            #expect(diagnostic.hint?.contains(hint) == true, "\(diagnostic)")
        }
    }

    @Test func printsAsFileLineColumn() {
        guard case .failure(let diagnostic) = parseResult("{\n  hardware_growth: 1,\n  x: tru\n}") else {
            Issue.record("parsed without error")
            return
        }
        #expect(diagnostic.description == "test.json5:3:6: error: expected a value, found 'tru'; did you mean 'true'?")
        guard case .failure(let empty) = parseResult("") else { return }
        #expect(empty.description == #"test.json5:1:1: error: the file is empty; expected an object such as { name: "base" }"#)
    }

    @Test func duplicateKeyInLargeObject() {
        let members = (0..<40).map { "k\($0): \($0)" }.joined(separator: ",\n")
        let (text, marks) = unmark("{\n\(members),\n⏚k7: 0\n}")
        guard case .failure(let diagnostic) = parseResult(text) else {
            Issue.record("parsed without error")
            return
        }
        #expect(diagnostic.location?.position == marks[0])
        #expect(diagnostic.message == "key 'k7' appears twice in this object (first at 9:1)")
    }

    @Test(arguments: ["[", "{a:"])
    func nestingLimit(opener: String) throws {
        let limit = JSON5Reader.maximumDepth
        let closer = opener == "[" ? "]" : "}"
        let deepest = String(repeating: opener, count: limit) + "1" + String(repeating: closer, count: limit)
        #expect(throws: Never.self) { try JSON5Reader.parse(deepest, file: nil) }

        let (text, marks) = unmark(String(repeating: opener, count: limit) + "⏚" + opener + "1" + String(repeating: closer, count: limit + 1))
        guard case .failure(let diagnostic) = parseResult(text) else {
            Issue.record("parsed without error")
            return
        }
        #expect(diagnostic.location?.position == marks[0])
        #expect(diagnostic.message == "values are nested more than 256 levels deep")

        // Far deeper input is still an error, not a stack overflow.
        #expect(throws: Diagnostic.self) { try JSON5Reader.parse(String(repeating: opener, count: 200_000), file: nil) }
    }

    @Test func rejectsInvalidUTF8Bytes() throws {
        let bytes: [UInt8] = Array("{\n  a: '".utf8) + [0xC3, 0x28] + Array("' }".utf8)
        let diagnostic = #expect(throws: Diagnostic.self) { try JSON5Reader.parse(bytes, file: "bad.json5") }
        #expect(diagnostic?.description == "bad.json5:2:7: error: the file is not valid UTF-8; save the file as UTF-8")
        #expect(try JSON5Reader.parse(Data("\u{FEFF}{ é: 1 }".utf8), file: nil)["é"]?.number == 1)
    }

    // MARK: - Robustness and size


    @Test func neverCrashesOnTruncatedOrMutatedInput() throws {
        let bytes = Array(sampleDocument.utf8)
        let replacements: [UInt8] = [0x00, 0x0A, 0x0D, 0x22, 0x27, 0x2C, 0x2F, 0x2A, 0x3A, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D, 0x80, 0xE2, 0xFF]
        var inputs: [[UInt8]] = (0...bytes.count).map { Array(bytes[..<$0]) }
        for index in bytes.indices {
            for replacement in replacements {
                var mutated = bytes
                mutated[index] = replacement
                inputs.append(mutated)
            }
            var shortened = bytes
            shortened.remove(at: index)
            inputs.append(shortened)
        }
        var failures = 0
        for input in inputs {
            do {
                _ = try JSON5Reader.parse(input, file: nil)
            } catch {
                failures += 1
                let position = error.location?.position
                #expect(position.map { $0.line >= 1 && $0.line <= 12 && $0.column >= 1 } == true, "\(error)")
            }
        }
        #expect(try JSON5Reader.parse(bytes, file: nil).members?.count == 6)
        #expect(failures > 0)
    }

    @Test func parsesTenMegabytes() throws {
        let count = 100_000
        var text = "{\n"
        text.reserveCapacity(11_000_000)
        for i in 0..<count {
            text += "  key_\(i): { rate: \(Double(i) / 7), label: 'scenario é \(i)', series: [1, 2.5, -3e2, 0x1F], on: true }, // \(i)\n"
        }
        text += "}\n"
        #expect(text.utf8.count > 10_000_000)
        let value = try JSON5Reader.parse(text, file: nil)
        let members = try #require(value.members)
        #expect(members.count == count)
        #expect(members.last?.key == "key_\(count - 1)")
        #expect(members.last?.keyPosition == SourcePosition(line: count + 1, column: 3))
        #expect(members.last?.value["label"]?.string == "scenario é \(count - 1)")

        // The same data as one compact line of JSON.
        let compact = JSONWriter.write(value, style: .compact)
        let reread = try JSON5Reader.parse(compact, file: nil)
        #expect(reread.members?.count == count)
        #expect(JSONWriter.write(reread, style: .compact) == compact)
    }
}
