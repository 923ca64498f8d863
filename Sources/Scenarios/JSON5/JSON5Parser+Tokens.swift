import Dynamics

/// The bytes JSON5's grammar is written in.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let verticalTab: UInt8 = 0x0B
    static let formFeed: UInt8 = 0x0C
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let doubleQuote: UInt8 = 0x22
    static let dollar: UInt8 = 0x24
    static let singleQuote: UInt8 = 0x27
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case zero...nine: UInt32(byte - zero)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

/// Trivia, strings, numbers and words: the pieces between the structural characters.
extension JSON5Parser {
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func byte(at index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    /// The bytes from `start` to `end` (clamped to the input) as a string.
    func text(from start: Int, to end: Int) -> String {
        let end = min(end, bytes.count)
        guard start >= 0, start < end, let base = bytes.baseAddress else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// The scalar starting at `index` and its length in bytes, or nil at the end or on a bad sequence.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let first = byte(at: index) else { return nil }
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: (length, value) = (2, UInt32(first & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(first & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(first & 0x07))
        default: return nil
        }
        for next in 1..<length {
            guard let byte = byte(at: index + next), byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// JSON5 white space beyond ASCII: Unicode space separators, the byte-order mark, and the
    /// line and paragraph separators.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029
            || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The length of the line terminator at `index` (LF, CR, CRLF, U+2028, U+2029), or 0.
    func lineTerminatorLength(at index: Int) -> Int {
        switch byte(at: index) {
        case ASCII.lineFeed: return 1
        case ASCII.carriageReturn: return byte(at: index + 1) == ASCII.lineFeed ? 2 : 1
        case 0xE2:
            let isSeparator = byte(at: index + 1) == 0x80 && (byte(at: index + 2) == 0xA8 || byte(at: index + 2) == 0xA9)
            return isSeparator ? 3 : 0
        default: return 0
        }
    }

    /// Skips white space and comments.
    mutating func skipTrivia() throws(Diagnostic) {
        let bytes = self.bytes
        var index = offset
        defer { offset = index }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.space || byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == ASCII.tab
                || byte == ASCII.verticalTab || byte == ASCII.formFeed {
                index += 1
            } else if byte == ASCII.slash, index + 1 < bytes.count, bytes[index + 1] == ASCII.slash {
                index += 2
                while index < bytes.count, lineTerminatorLength(at: index) == 0 { index += 1 }
            } else if byte == ASCII.slash, index + 1 < bytes.count, bytes[index + 1] == ASCII.star {
                let start = index
                index += 2
                while true {
                    guard index + 1 < bytes.count else { throw fail(.unterminatedComment, at: start) }
                    if bytes[index] == ASCII.star && bytes[index + 1] == ASCII.slash { break }
                    index += 1
                }
                index += 2
            } else if byte >= 0x80, let space = scalar(at: index), Self.isSpace(space.scalar) {
                index += space.length
            } else {
                return
            }
        }
    }

    /// Reads a single- or double-quoted string starting at `offset`.
    mutating func readString() throws(Diagnostic) -> String {
        let bytes = self.bytes
        let start = offset
        let quote = bytes[start]
        var index = start + 1
        var text = ""
        var runStart = index
        while true {
            guard index < bytes.count else {
                throw fail(.unterminatedString(quote: Character(Unicode.Scalar(quote)), atLineEnd: false), at: start)
            }
            let byte = bytes[index]
            if byte == quote {
                offset = index + 1
                // Most strings have no escapes and become one slice of the input.
                return text.isEmpty ? self.text(from: runStart, to: index) : text + self.text(from: runStart, to: index)
            } else if byte == ASCII.backslash {
                text += self.text(from: runStart, to: index)
                offset = index
                try readEscape(into: &text)
                index = offset
                runStart = index
            } else if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                throw fail(.unterminatedString(quote: Character(Unicode.Scalar(quote)), atLineEnd: true), at: start)
            } else {
                index += 1
            }
        }
    }

    /// Reads the escape sequence at `offset` (a backslash) and appends what it stands for.
    private mutating func readEscape(into text: inout String) throws(Diagnostic) {
        let start = offset
        offset += 1
        guard let byte = current else { return }  // the caller reports the unterminated string
        let continuation = lineTerminatorLength(at: offset)
        if continuation > 0 {
            offset += continuation
            return
        }
        let simple: Unicode.Scalar?
        switch byte {
        case 0x62: simple = "\u{08}"  // b
        case 0x66: simple = "\u{0C}"  // f
        case 0x6E: simple = "\n"
        case 0x72: simple = "\r"
        case 0x74: simple = "\t"
        case 0x76: simple = "\u{0B}"  // v
        case ASCII.zero where !ASCII.isDigit(self.byte(at: offset + 1) ?? 0): simple = "\0"
        case ASCII.zero...ASCII.nine:
            throw fail(.invalidEscape(escapeText(from: start, length: byte == ASCII.zero ? 3 : 2)), at: start)
        default: simple = nil
        }
        if let simple {
            text.unicodeScalars.append(simple)
            offset += 1
            return
        }
        if byte == 0x78 {  // x: two hex digits
            guard let value = hexNumber(at: offset + 1, digits: 2), let scalar = Unicode.Scalar(value) else {
                throw fail(.invalidEscape(escapeText(from: start, length: 4)), at: start)
            }
            text.unicodeScalars.append(scalar)
            offset += 3
            return
        }
        if byte == 0x75 {  // u: four hex digits, or a surrogate pair of two such escapes
            text.unicodeScalars.append(try readUnicodeEscape())
            return
        }
        // Any other character stands for itself, as in JavaScript: \' \" \\ \/ and so on.
        guard let escaped = scalar(at: offset) else {
            throw fail(.invalidEscape(escapeText(from: start, length: 2)), at: start)
        }
        text.unicodeScalars.append(escaped.scalar)
        offset += escaped.length
    }

    /// Reads `uXXXX` (after its backslash) and, for a high surrogate, the `\uXXXX` that must follow.
    private mutating func readUnicodeEscape() throws(Diagnostic) -> Unicode.Scalar {
        let start = offset - 1
        guard let high = hexNumber(at: offset + 1, digits: 4) else {
            throw fail(.invalidEscape(escapeText(from: start, length: 6)), at: start)
        }
        offset += 5
        if let scalar = Unicode.Scalar(high) { return scalar }
        guard high < 0xDC00, byte(at: offset) == ASCII.backslash, byte(at: offset + 1) == 0x75,
              let low = hexNumber(at: offset + 2, digits: 4), (0xDC00...0xDFFF).contains(low),
              let scalar = Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
        else {
            throw fail(.loneSurrogate(escapeText(from: start, length: 6)), at: start)
        }
        offset += 6
        return scalar
    }

    /// The value of `digits` hex digits at `index`, or nil if they are not all there.
    private func hexNumber(at index: Int, digits: Int) -> UInt32? {
        var value: UInt32 = 0
        for i in index..<index + digits {
            guard let byte = byte(at: i), let digit = ASCII.hexValue(byte) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// Up to `length` bytes of an escape sequence for a message, stopping at a quote or line end.
    private func escapeText(from start: Int, length: Int) -> String {
        var end = start + 1
        while end < min(start + length, bytes.count), bytes[end] != ASCII.doubleQuote,
              bytes[end] != ASCII.singleQuote, lineTerminatorLength(at: end) == 0 {
            end += 1
        }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return text(from: start, to: end)
    }

    /// Reads a number: decimal, hexadecimal, `Infinity` or `NaN`, with an optional sign.
    mutating func readNumber() throws(Diagnostic) -> Double {
        let start = offset
        let negative = current == ASCII.minus
        if current == ASCII.minus || current == ASCII.plus { offset += 1 }
        let signEnd = offset

        if let byte = current, byte == 0x49 || byte == 0x4E {  // I or N
            let word = isIdentifierStart(at: offset) ? try readIdentifier() : ""
            guard word == "Infinity" || word == "NaN" else { throw invalidNumber(from: start) }
            return word == "NaN" ? .nan : negative ? -.infinity : .infinity
        }

        if current == ASCII.zero, let x = byte(at: offset + 1), x | 0x20 == 0x78 {  // 0x or 0X
            offset += 2
            var value = 0.0
            let digitsStart = offset
            while offset < bytes.count, let digit = ASCII.hexValue(bytes[offset]) {
                value = value * 16 + Double(digit)
                offset += 1
            }
            guard offset > digitsStart else { throw invalidNumber(from: start) }
            try checkNumberEnd(from: start)
            return negative ? -value : value
        }

        var mantissa: UInt64 = 0
        var mantissaDigits = 0
        let integerStart = offset
        offset = digitsEnd(from: offset, mantissa: &mantissa, digits: &mantissaDigits)
        let integerDigits = offset - integerStart
        if integerDigits > 1 && bytes[integerStart] == ASCII.zero {
            throw fail(.leadingZero, at: integerStart)
        }
        var fractionDigits = 0
        if current == ASCII.dot {
            let fractionStart = offset + 1
            offset = digitsEnd(from: fractionStart, mantissa: &mantissa, digits: &mantissaDigits)
            fractionDigits = offset - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { throw invalidNumber(from: start) }
        var exponent = 0
        if let byte = current, byte | 0x20 == 0x65 {  // e or E
            offset += 1
            let exponentSign = current == ASCII.minus ? -1 : 1
            if current == ASCII.plus || current == ASCII.minus { offset += 1 }
            var value: UInt64 = 0, digits = 0
            offset = digitsEnd(from: offset, mantissa: &value, digits: &digits)
            guard digits > 0 else { throw invalidNumber(from: start) }
            exponent = digits > 6 ? exponentSign * 1_000_000 : exponentSign * Int(value)
        }
        try checkNumberEnd(from: start)

        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 10^22 are both
        // exact doubles, so a single multiplication or division is correctly rounded.
        let scale = exponent - fractionDigits
        if mantissaDigits <= 15, abs(scale) < Self.powersOfTen.count {
            let magnitude = scale >= 0
                ? Double(mantissa) * Self.powersOfTen[scale] : Double(mantissa) / Self.powersOfTen[-scale]
            return negative ? -magnitude : magnitude
        }
        // Swift's parser accepts the same decimal forms once the grammar has been checked.
        guard let magnitude = Double(text(from: signEnd, to: offset)) else { throw invalidNumber(from: start) }
        return negative ? -magnitude : magnitude
    }

    /// 10^0 through 10^22, the powers of ten a double holds exactly.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The end of the decimal digits from `index`; the first 19 are added to `mantissa`.
    private func digitsEnd(from index: Int, mantissa: inout UInt64, digits: inout Int) -> Int {
        let bytes = self.bytes
        var end = index
        while end < bytes.count, bytes[end] >= ASCII.zero, bytes[end] <= ASCII.nine {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[end] - ASCII.zero) }
            digits += 1
            end += 1
        }
        return end
    }

    /// A number must not run straight into a letter, digit or point, as in `12px` or `1.2.3`.
    private mutating func checkNumberEnd(from start: Int) throws(Diagnostic) {
        if let byte = current, byte == ASCII.dot || ASCII.isDigit(byte) || isIdentifierStart(at: offset) {
            throw invalidNumber(from: start)
        }
    }

    /// An invalid-number diagnostic quoting the text from `start` to the end of the word.
    private mutating func invalidNumber(from start: Int) -> Diagnostic {
        var end = max(offset, start + 1)
        while let byte = byte(at: end), byte == ASCII.dot || byte == ASCII.plus || byte == ASCII.minus
                || isIdentifierPart(at: end) {
            end += scalar(at: end)?.length ?? 1
        }
        return fail(.invalidNumber(text(from: start, to: end)), at: start)
    }

    /// Whether an identifier (a key or a word such as `true`) can start at `index`.
    func isIdentifierStart(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        if byte < 0x80 {
            return ASCII.isLetter(byte) || byte == ASCII.underscore || byte == ASCII.dollar || byte == ASCII.backslash
        }
        return scalar(at: index)?.scalar.properties.isIDStart ?? false
    }

    /// Whether the character at `index` may continue an identifier.
    func isIdentifierPart(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        if byte < 0x80 {
            return ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore || byte == ASCII.dollar
        }
        guard let scalar = scalar(at: index)?.scalar else { return false }
        return scalar.properties.isIDContinue || scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// Reads an ECMAScript identifier name, including `\uXXXX` escapes.
    mutating func readIdentifier() throws(Diagnostic) -> String {
        let bytes = self.bytes
        var name = ""
        var runStart = offset
        var isFirst = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if ASCII.isLetter(byte) || byte == ASCII.underscore || byte == ASCII.dollar || (!isFirst && ASCII.isDigit(byte)) {
                offset += 1
            } else if byte >= 0x80, isFirst ? isIdentifierStart(at: offset) : isIdentifierPart(at: offset) {
                offset += scalar(at: offset)?.length ?? 1
            } else if byte == ASCII.backslash {
                name += text(from: runStart, to: offset)
                let start = offset
                guard self.byte(at: offset + 1) == 0x75, let value = hexNumber(at: offset + 2, digits: 4),
                      let scalar = Unicode.Scalar(value),
                      scalar.properties.isIDContinue || scalar == "$" || scalar.value == 0x200C || scalar.value == 0x200D
                else {
                    throw fail(.invalidEscape(escapeText(from: start, length: 6)), at: start)
                }
                name.unicodeScalars.append(scalar)
                offset += 6
                runStart = offset
            } else {
                break
            }
            isFirst = false
        }
        return name + text(from: runStart, to: offset)
    }

    /// What is at `index`, for "found ..." in messages: a quoted word or character, `U+XXXX`
    /// for invisible characters, "the end of the line" or "the end of the file".
    func describe(at index: Int) -> String {
        guard index < bytes.count else { return "the end of the file" }
        if lineTerminatorLength(at: index) > 0 { return "the end of the line" }
        if isIdentifierPart(at: index) {
            var end = index
            while end < bytes.count, end - index < 40, isIdentifierPart(at: end) { end += scalar(at: end)?.length ?? 1 }
            return "'" + text(from: index, to: end) + "'"
        }
        guard let scalar = scalar(at: index)?.scalar else {
            return "the byte 0x" + String(bytes[index], radix: 16, uppercase: true)
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
             .privateUse, .surrogate:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return "'\(scalar)'"
        }
    }
}
