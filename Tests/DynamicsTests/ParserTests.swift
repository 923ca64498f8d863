import Testing
@testable import Dynamics
import TestSupport

/// Precedence, associativity and syntax errors of the equation language.
struct ParserTests {
    @Test(arguments: [
        ("-2^2", -4.0),
        ("2^3^2", 512),
        ("2^-1", 0.5),
        ("-2^-2", -0.25),
        ("(-2)^2", 4),
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("12 / 3 / 2", 2),
        ("4 - 5 + 6", 5),
        ("1 < 2 and 3 > 2", 1),
        ("1 > 2 or not 0", 1),
        ("1 == 1", 1),
        ("1 != 1", 0),
        ("2 <= 2", 1),
        ("if(1 > 2, 10, 20)", 20),
        ("IF 3 > 2 THEN 10 ELSE 20 + 1", 10),
        ("if(0, 1 / 0, 3)", 3),
        ("IF (2 > 1) THEN (4) ELSE (5)", 4),
        ("if (1 > 2) then 4 else 5 + 1", 6),
        ("min(3, 1, 2)", 1),
        ("max(3, 1, 2)", 3),
        ("clamp(5, 0, 1)", 1),
        ("clamp(-5, 0, 1)", 0),
        ("abs(-3)", 3),
        ("sqrt(16)", 4),
        ("log10(1000)", 3),
        ("ln(exp(2))", 2),
        ("pow(2, 10)", 1024),
        ("safediv(1, 0, 7)", 7),
        (".5 + 1.5e1", 15.5),
        ("7 mod 3", 1),
        ("-7 mod 3", 2),
        ("int(-1.5)", -2),
    ])
    func evaluates(equation: String, expected: Double) throws {
        #expect(try evaluate(equation) == expected)
    }

    @Test func everyNodeKnowsItsPosition() throws {
        let e = try Parser.parse("a +\n  b * c")
        guard case .binary(.add, let a, let product) = e.kind, case .binary(.multiply, let b, _) = product.kind else {
            Issue.record("unexpected tree \(e)")
            return
        }
        #expect(a.position == SourcePosition(line: 1, column: 1))
        #expect(b.position == SourcePosition(line: 2, column: 3))
    }

    @Test(arguments: [
        ("1 +", "1:4", "the equation ends where a value was expected"),
        ("(1 + 2", "1:7", "expected ')' to close the '(' at 1:1, found the end of the equation"),
        ("1 2", "1:3", "unexpected '2' after a complete expression"),
        ("a # b", "1:3", "unexpected character '#'"),
        ("", "1:1", "empty equation"),
        ("max(1,, 2)", "1:7", "expected a number, a name or '(', found ','"),
        ("if 1 then 2", "1:12", "expected 'ELSE' in IF … THEN … ELSE, found the end of the equation"),
    ])
    func syntaxErrors(equation: String, position: String, message: String) {
        do {
            _ = try Parser.parse(equation)
            Issue.record("expected an error")
        } catch {
            #expect(error.position.description == position)
            #expect(error.message == message)
        }
    }

    @Test(arguments: ["-(2 ^ 2)", "(-2) ^ 2", "3 * (4 + 5)", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "if(3 > 1, 4, 5)",
                      "7 - (4 - 1)", "2 ^ -1", "not (1 and 0)", "-(3 - 5)"])
    func printsBackAnEquivalentEquation(text: String) throws {
        let printed = try Parser.parse(text).description
        #expect(try Parser.parse(printed).description == printed)
        #expect(try evaluate(printed) == evaluate(text))
    }

    @Test func xmileVariablesMayBeNamedLikeOperators() throws {
        let parsed = try Parser.parse("mod MOD 3 + And", dialect: .xmile)
        #expect(parsed.description == "mod mod 3 + and")
        #expect(throws: ParseError.self) { try Parser.parse("mod + 1") }
    }

    @Test func xmileNamesAreCanonical() {
        #expect(Parser.canonicalXMILEName("Teacup  Temperature") == "teacup_temperature")
        #expect(Parser.canonicalXMILEName("a__b c") == "a_b_c")
        #expect(Parser.canonicalXMILEName(" Room_Temperature ") == "room_temperature")
        #expect(Parser.canonicalXMILEName("Stock with \\n Newline") == "stock_with_newline")
    }
}
