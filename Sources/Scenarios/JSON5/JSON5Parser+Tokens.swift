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
        // Most calls find a token straight away.
        if offset < bytes.count, bytes[offset] > ASCII.space, bytes[offset] != ASCII.slash, bytes[offset] < 0x80 { return }
        var index = offset
        defer { offset = index }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.space || byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == ASCII.tab
                || byte == ASCII.verticalTab || byte == ASCII.formFeed {
                index += 1
            } else if byte == ASCII.slash, index + 1 < bytes.count, bytes[index + 1] == ASCII.slash {
                index += 2
                while index < bytes.count {
                    let byte = bytes[index]
                    // Only these bytes can begin a line terminator (0xE2 for U+2028 and U+2029).
                    if byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == 0xE2,
                       lineTerminatorLength(at: index) > 0 { break }
                    index += 1
                }
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
        return name.isEmpty ? text(from: runStart, to: offset) : name + text(from: runStart, to: offset)
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
            // A quote mark is shown in the other kind of quotes.
            return scalar == "'" ? "\"'\"" : "'\(scalar)'"
        }
    }
}
