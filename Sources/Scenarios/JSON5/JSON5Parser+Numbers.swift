import Dynamics

/// JSON5 numbers: decimal with optional leading or trailing point and exponent, hexadecimal,
/// `Infinity` and `NaN`, each with an optional `+` or `-`.
extension JSON5Parser {
    /// Reads the number at `offset`, which starts with a digit, a sign or a point.
    ///
    /// The scan keeps the byte under the cursor in a local, with 0 standing for the end of the
    /// input (0 is part of no number), because this runs for every number in the file.
    mutating func readNumber() throws(Diagnostic) -> Double {
        let bytes = self.bytes
        let start = offset
        var index = start
        var byte = index < bytes.count ? bytes[index] : 0
        let negative = byte == ASCII.minus
        if byte == ASCII.minus || byte == ASCII.plus {
            index += 1
            byte = index < bytes.count ? bytes[index] : 0
        }
        let signEnd = index

        if byte == 0x49 || byte == 0x4E {  // I or N
            offset = index
            let word = try readIdentifier()
            guard word == "Infinity" || word == "NaN" else { throw invalidNumber(from: start) }
            return word == "NaN" ? .nan : negative ? -.infinity : .infinity
        }

        if byte == ASCII.zero, index + 1 < bytes.count, bytes[index + 1] | 0x20 == 0x78 {  // 0x or 0X
            index += 2
            let digitsStart = index
            var value = 0.0
            while index < bytes.count, let digit = ASCII.hexValue(bytes[index]) {
                value = value * 16 + Double(digit)
                index += 1
            }
            offset = index
            guard index > digitsStart else { throw invalidNumber(from: start) }
            try checkNumberEnd(from: start)
            return negative ? -value : value
        }

        // The digits before and after the point, the first 19 of them collected as an integer.
        var mantissa: UInt64 = 0
        var mantissaDigits = 0
        let integerStart = index
        while byte >= ASCII.zero && byte <= ASCII.nine {
            if mantissaDigits < 19 { mantissa = mantissa * 10 + UInt64(byte - ASCII.zero) }
            mantissaDigits += 1
            index += 1
            byte = index < bytes.count ? bytes[index] : 0
        }
        let integerDigits = index - integerStart
        if integerDigits > 1 && bytes[integerStart] == ASCII.zero {
            throw fail(.leadingZero, at: integerStart)
        }
        var fractionDigits = 0
        if byte == ASCII.dot {
            index += 1
            byte = index < bytes.count ? bytes[index] : 0
            while byte >= ASCII.zero && byte <= ASCII.nine {
                if mantissaDigits < 19 { mantissa = mantissa * 10 + UInt64(byte - ASCII.zero) }
                mantissaDigits += 1
                fractionDigits += 1
                index += 1
                byte = index < bytes.count ? bytes[index] : 0
            }
        }
        offset = index
        guard integerDigits + fractionDigits > 0 else { throw invalidNumber(from: start) }

        var exponent = 0
        if byte | 0x20 == 0x65 {  // e or E
            index += 1
            byte = index < bytes.count ? bytes[index] : 0
            let exponentSign = byte == ASCII.minus ? -1 : 1
            if byte == ASCII.minus || byte == ASCII.plus {
                index += 1
                byte = index < bytes.count ? bytes[index] : 0
            }
            let exponentStart = index
            while byte >= ASCII.zero && byte <= ASCII.nine {
                // Beyond a million the number is 0 or infinite anyway; stop growing.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(byte - ASCII.zero) }
                index += 1
                byte = index < bytes.count ? bytes[index] : 0
            }
            offset = index
            guard index > exponentStart else { throw invalidNumber(from: start) }
            exponent *= exponentSign
        }
        if byte == ASCII.dot || byte >= 0x80 || ASCII.isLetter(byte) || byte == ASCII.underscore
            || byte == ASCII.dollar || byte == ASCII.backslash {
            try checkNumberEnd(from: start)
        }

        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 10^22 are both
        // exact doubles, so a single multiplication or division is correctly rounded.
        let scale = exponent - fractionDigits
        if mantissaDigits <= 15, scale > -Self.powersOfTen.count, scale < Self.powersOfTen.count {
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
}
