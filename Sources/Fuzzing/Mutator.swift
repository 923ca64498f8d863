/// Byte-level mutations of a seed input, with tokens of the input's format: flipped and
/// replaced bytes, inserted tokens, deep nesting, special numbers, unicode and invalid UTF-8,
/// deleted, duplicated and spliced spans, truncation.
public struct Mutator: Sendable {
    /// Tokens of the format (`{`, `delay_fixed(`, `<aux name="a">`, …), inserted or put in place of spans.
    public var tokens: [[UInt8]]
    /// Openers and closers nested many levels deep (`(` and `)`, `<a>` and `</a>`).
    public var nesting: [(open: [UInt8], close: [UInt8])]
    /// Inputs are cut to this many bytes, which bounds the work of one input.
    public var maximumSize: Int

    public init(tokens: [String], nesting: [(String, String)], maximumSize: Int) {
        self.tokens = (tokens + Self.general).map { Array($0.utf8) } + Self.invalidUTF8
        self.nesting = nesting.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        self.maximumSize = maximumSize
    }

    /// Numbers past what a conversion to Int or an allocation survives, and the non-finite ones.
    public static let numbers = [
        "0", "-0", "1e308", "1e309", "-1e309", "1e19", "-1e19", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "1e300", "1e-300", "4.9e-324", "2.5e-324", "1e16", "123456789012345678901234567890",
        "0x7FFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFFFFFF", "NaN", "Infinity", "-Infinity", "+Infinity", ".5e-7", "1e", "1e+", "00",
    ]

    static let general = numbers + [
        "é", "\u{0301}", "\u{202E}", "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}", "🙂", "\u{200B}", "Ω", "ß", "İ",
        "\u{0}", "\r", "\r\n", "\n", "\t", " ", "\\", "\"", "'", "\u{7F}",
        String(repeating: "x", count: 300), String(repeating: "é", count: 150),
    ]

    /// Bytes that are not UTF-8: a lone continuation byte, a truncated sequence, an overlong
    /// form, an encoded surrogate, a code point past U+10FFFF.
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0x80], [0xC3], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                         [0xE2, 0x82], [0xFE, 0xFF], [0xFF, 0xFE]]

    static let repeats = [2, 3, 10, 100, 255, 256, 257, 1000, 5000, 30_000]

    /// `input` changed by one to four mutations; `donors` are other inputs of the same kind to splice from.
    public func mutate(_ input: [UInt8], using random: inout FuzzRandom, donors: [[UInt8]] = []) -> [UInt8] {
        var bytes = input
        // Mostly one change, which keeps most of the input valid so it reaches the later stages.
        let rounds = random.chance(1, in: 2) ? 1 : random.chance(1, in: 2) ? 2 : 3 + random.below(2)
        for _ in 0..<rounds {
            mutateOnce(&bytes, &random, donors)
            if bytes.count > maximumSize { bytes.removeLast(bytes.count - maximumSize) }
        }
        return bytes
    }

    private func mutateOnce(_ bytes: inout [UInt8], _ random: inout FuzzRandom, _ donors: [[UInt8]]) {
        func position() -> Int { random.below(bytes.count + 1) }
        func span() -> Range<Int> {
            guard !bytes.isEmpty else { return 0..<0 }
            let start = random.below(bytes.count)
            let longest = bytes.count - start
            let length = random.chance(3, in: 4) ? 1 + random.below(min(longest, 16)) : 1 + random.below(longest)
            return start..<start + length
        }
        switch random.weighted([5, 5, 12, 7, 5, 7, 5, 7, 2, 14, 4, 3]) {
        case 0:  // flip a bit
            guard !bytes.isEmpty else { fallthrough }
            bytes[random.below(bytes.count)] ^= 1 << UInt8(random.below(8))
        case 1:  // a byte that means something somewhere
            let interesting: [UInt8] = [0x00, 0xFF, 0x7F, 0x80, 0x22, 0x27, 0x7B, 0x7D, 0x5B, 0x5D, 0x28, 0x29, 0x2C, 0x3A,
                                        0x3C, 0x3E, 0x26, 0x3B, 0x5C, 0x0A, 0x0D, 0x2F, 0x2A, 0x2D, 0x2B, 0x5E, 0x30, 0x39]
            if bytes.isEmpty { bytes.append(random.element(of: interesting)) } else { bytes[random.below(bytes.count)] = random.element(of: interesting) }
        case 2:  // insert a token
            bytes.insert(contentsOf: random.element(of: tokens), at: position())
        case 3:  // a span replaced by a token
            bytes.replaceSubrange(span(), with: random.element(of: tokens))
        case 4:  // a token many times over
            let token = random.element(of: tokens)
            let count = min(random.element(of: Self.repeats), max(1, maximumSize / max(1, token.count)))
            bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: count).joined()), at: position())
        case 5:  // deep nesting around a span
            let (open, close) = random.element(of: nesting)
            let depth = min(random.element(of: Self.repeats), max(1, maximumSize / max(1, open.count + close.count)))
            let around = span()
            bytes.insert(contentsOf: Array([[UInt8]](repeating: close, count: depth).joined()), at: around.upperBound)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: open, count: depth).joined()), at: around.lowerBound)
        case 6:  // delete a span
            bytes.removeSubrange(span())
        case 7:  // duplicate a span, once or many times
            let copied = Array(bytes[span()])
            let count = random.chance(3, in: 4) ? 1 + random.below(3) : random.element(of: Self.repeats)
            let times = min(count, max(1, maximumSize / max(1, copied.count)))
            bytes.insert(contentsOf: Array([[UInt8]](repeating: copied, count: times).joined()), at: position())
        case 8:  // truncate
            bytes.removeLast(bytes.count - random.below(bytes.count + 1))
        case 9:  // a number replaced by a special one
            let digits = bytes.indices.filter { Self.isDigit(bytes[$0]) }
            guard !digits.isEmpty else { fallthrough }
            let number = Self.numberSpan(around: random.element(of: digits), in: bytes)
            bytes.replaceSubrange(number, with: Array(random.element(of: Self.numbers).utf8))
        case 10:  // splice a span of another input
            guard let donor = donors.isEmpty ? nil : random.element(of: donors), !donor.isEmpty else { fallthrough }
            let start = random.below(donor.count)
            let length = 1 + random.below(min(donor.count - start, 4096))
            bytes.insert(contentsOf: donor[start..<start + length], at: position())
        default:  // swap two spans' worth of order: move a span elsewhere
            let moved = span()
            let piece = Array(bytes[moved])
            bytes.removeSubrange(moved)
            bytes.insert(contentsOf: piece, at: position())
        }
    }
}

extension Mutator {
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The number literal holding the digit at `index`: digits and a point, an exponent
    /// (`e`, a sign, digits), and a sign before it.
    static func numberSpan(around index: Int, in bytes: [UInt8]) -> Range<Int> {
        func isMantissa(_ byte: UInt8) -> Bool { isDigit(byte) || byte == 0x2E }
        var start = index, end = index
        while start > 0, isMantissa(bytes[start - 1]) { start -= 1 }
        // In an exponent: take the mantissa before it too.
        if start > 1, bytes[start - 1] == 0x2B || bytes[start - 1] == 0x2D, bytes[start - 2] | 0x20 == 0x65 { start -= 2 }
        else if start > 0, bytes[start - 1] | 0x20 == 0x65 { start -= 1 }
        if start < index, bytes[start] | 0x20 == 0x65 { while start > 0, isMantissa(bytes[start - 1]) { start -= 1 } }
        if start > 0, bytes[start - 1] == 0x2D || bytes[start - 1] == 0x2B { start -= 1 }
        while end < bytes.count, isMantissa(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] | 0x20 == 0x65 {
            var exponent = end + 1
            if exponent < bytes.count, bytes[exponent] == 0x2B || bytes[exponent] == 0x2D { exponent += 1 }
            if exponent < bytes.count, isDigit(bytes[exponent]) {
                end = exponent
                while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            }
        }
        return start..<end
    }

    /// JSON5 of assumption files: structure, keys the loader reads, and values it checks.
    public static func json5(maximumSize: Int) -> Mutator {
        Mutator(tokens: ["{", "}", "[", "]", ":", ",", "\"", "'", "//", "/*", "*/", "\\u0000", "\\uD800", "\\x", "0x", ".", "+", "-",
                         "true", "false", "null", "{}", "[]", "\"\"", "schema: 1,", "schema: 2,", "extends: \"base\",", "extends: \"fast\",",
                         "time: { start: \"2025Q1\", end: \"2027Q4\", step: 0.25 },", "start", "end", "step", "method", "\"euler\"", "\"rk4\"",
                         "events: [{ at: \"2026Q1\", set: { rate: 1 } }],", "at", "set: { rate: 2 },", "parameters", "value", "low", "high",
                         "distribution", "\"lognormal\"", "\"fixed\"", "unit", "\"dimensionless\"", "\"FLOP^2/$\"", "source", "tables",
                         "x: [1, 2],", "y: [1, 2],", "extrapolate: true,", "correlations: [{ parameters: [\"rate\", \"x0\"], rank: 0.5, source: \"s\" }],",
                         "scores", "headline", "milestones", "above", "below", "charts", "loops", "path", "polarity", "headline_text",
                         "\"{x@+5y}\"", "\"{x@end|range}\"", "\"{big|range}\"", "stocks", "flows", "auxiliaries", "inflows", "outflows",
                         "non_negative: true,", "initial", "equation", "\"2025Q1\"", "\"9999Q4\"", "\"0000Q1\"", "\"2020Q5\"", "\"2030Q4\"",
                         "\"x * ln(rate)\"", "\"delay_fixed(x, 1e300)\"", "\"previous(x)\"", "\"smoothn(x, 1, 1000)\"", "\"growth\"", "\"x\""] + expressionTokens,
                nesting: [("{a:", "}"), ("[", "]"), ("{ a: [", "] }"), ("(", ")")], maximumSize: maximumSize)
    }

    static let expressionTokens = [
        "(", ")", "-", "+", "*", "/", "^", ",", "<", "<=", "==", "!=", " and ", " or ", "not ", "if ", " then ", " else ", " mod ",
        "delay_fixed(", "previous(", "smooth(", "smooth3(", "smoothn(", "delay1(", "delay3(", "delayn(", "trend(", "forcst(",
        "initial(", "step(", "ramp(", "pulse(", "pulse_train(", "min(", "max(", "clamp(", "safediv(", "pow(", "mod(", "ln(",
        "log10(", "sqrt(", "exp(", "abs(", "int(", "sign(", "pi()", "inf()", "curve(", "time", "dt", "x", "rate", "x0", "growth",
        "{comment}", "\"quoted name\"", "1e308", "-1e308", "0.5", "1000", "-2",
    ]

    /// Equations: operators, functions, names of the fixture's model.
    public static func expression(maximumSize: Int) -> Mutator {
        Mutator(tokens: expressionTokens, nesting: [("(", ")"), ("-", ""), ("+", ""), ("not ", ""), ("abs(", ")"), ("2 ^ ", ""),
                                                    ("if(time > 1, 1, ", ")"), ("smooth(", ", 1)"), ("delay_fixed(", ", 0.5)"),
                                                    ("1 + ", ""), ("trend(", ", 2)")],
                maximumSize: maximumSize)
    }

    /// `--stdin` objects and `--batch` lines.
    public static func overrides(maximumSize: Int) -> Mutator {
        Mutator(tokens: ["{", "}", "[", "]", ":", ",", "\"", "\"rate\"", "\"rat\"", "\"x0\"", "\"growth\"", "\"x\"", "\"scenario\"", "\"fast\"",
                         "\"fst\"", "\"base\"", "\n", "\n\n", "{\"rate\": 2}\n", "{}", "null", "true", "\"2\"", "[1]"],
                nesting: [("{\"a\":", "}"), ("[", "]")], maximumSize: maximumSize)
    }

    /// XMILE: elements, attributes, entities, the builtins the importer translates.
    public static func xmile(maximumSize: Int) -> Mutator {
        Mutator(tokens: ["<", ">", "</", "/>", "=", "\"", "&", ";", "&amp;", "&lt;", "&gt;", "&#0;", "&#x0;", "&#xD800;", "&#1114112;",
                         "&bogus;", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"latin1\"?>",
                         "<!DOCTYPE xmile [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
                         "&c;", "<aux name=\"a\"><eqn>1</eqn></aux>", "<aux name=\"b\"><eqn>a + 1</eqn></aux>",
                         "<stock name=\"s\"><eqn>1</eqn><inflow>f</inflow></stock>", "<flow name=\"f\"><eqn>s * 0.1</eqn></flow>",
                         "<aux name=\"g\"><eqn>TIME</eqn><gf><xscale min=\"0\" max=\"1\"/><ypts>0,1,2</ypts></gf></aux>",
                         "<gf name=\"t\"><xpts>0,1</xpts><ypts>1,2</ypts></gf>", "<non_negative/>", "<inflow>", "</inflow>", "<outflow>",
                         "<eqn>", "</eqn>", "<units>", "<doc>", "<variables>", "</variables>", "<model>", "</model>", "<group name=\"g\">",
                         "<module name=\"m\"/>", "<dimensions><dim name=\"d\" size=\"2\"/></dimensions>", "<sim_specs method=\"rk4\">",
                         "method=\"rk45\"", "method=\"bogus\"", "<dt reciprocal=\"true\">", "<dt>1e-300</dt>", "<start>", "<stop>", "<dt>",
                         "isee:save_interval=\"1e-9\"", "isee:save_interval=\"1e308\"", "time_units=\"Months\"", "xmlns=\"xmile\"",
                         "<vendor>Ventana Systems, xmutil</vendor>", "<product>Vensim</product>", "DELAY(", "DELAY1(", "DELAY3(", "DELAYN(",
                         "SMTH1(", "SMTH3(", "SMTHN(", "TREND(", "FORCST(", " MOD ", "MODULO(", "INT(", "IF ", " THEN ", " ELSE ", "LOOKUP(",
                         "PULSE(", "STEP(", "RAMP(", "INIT(", "PREVIOUS(", "SAFEDIV(", "TIME", "DT", "STARTTIME", "STOPTIME", "PI", "INF",
                         "ABS(", "SQRT(", "LN(", "EXP(", "MIN(", "MAX(", "(", ")", ",", "+", "-", "*", "/", "^", "=", "<>", " AND ", " OR ",
                         " NOT ", "{comment}", "\\\n", "\"quoted name\"", "[1]", "a[d]"],
                nesting: [("<a>", "</a>"), ("<group name=\"g\">", "</group>"), ("(", ")"), ("-", ""), ("INT(", ")"), ("TREND(", ", 2)"),
                          ("MOD(", ", 2)"), ("SMTH1(", ", 1)"), ("IF TIME > 1 THEN 1 ELSE ", "")],
                maximumSize: maximumSize)
    }
}
