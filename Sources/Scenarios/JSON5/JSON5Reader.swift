import Dynamics
import Foundation

/// Reads JSON5 (https://spec.json5.org) into `JSONValue`s that remember their positions.
///
/// Besides JSON this accepts comments, trailing commas, unquoted keys, single-quoted strings,
/// line continuations, hexadecimal numbers, leading or trailing decimal points, a leading `+`,
/// `Infinity` and `NaN`. Positions are 1-based; a CRLF or a lone CR is one line break, and
/// columns count Unicode scalars, so a tab or an `é` is one column. A UTF-8 byte-order mark at
/// the start is skipped and does not count as a column.
///
/// The reader works on UTF-8 bytes with an explicit stack instead of recursion, so deep
/// nesting is reported as an error rather than overflowing the call stack.
public enum JSON5Reader {
    /// How many objects and arrays may be nested inside one another.
    public static let maximumDepth = 256

    /// Parses `text`; `file` is used only to place diagnostics.
    public static func parse(_ text: String, file: String?) throws(Diagnostic) -> JSONValue {
        try parseValidUTF8(Array(text.utf8), file: file)
    }

    /// Parses UTF-8 `bytes`, reporting the first invalid byte sequence if there is one.
    public static func parse(_ bytes: [UInt8], file: String?) throws(Diagnostic) -> JSONValue {
        if let bad = firstInvalidUTF8Offset(bytes) {
            let position = bytes.withUnsafeBufferPointer { buffer in
                var parser = JSON5Parser(bytes: buffer)
                return parser.position(at: bad)
            }
            throw JSON5Problem.invalidUTF8.diagnostic(file: file, at: position)
        }
        return try parseValidUTF8(bytes, file: file)
    }

    /// Parses UTF-8 `data`, as `parse(_:file:)` does for bytes.
    public static func parse(_ data: Data, file: String?) throws(Diagnostic) -> JSONValue {
        try parse([UInt8](data), file: file)
    }

    private static func parseValidUTF8(_ bytes: [UInt8], file: String?) throws(Diagnostic) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Diagnostic) -> JSONValue in
                var parser = JSON5Parser(bytes: buffer)
                return try parser.parseDocument()
            }
        }
        switch result {
        case .success(let value):
            return value
        case .failure(var diagnostic):
            diagnostic.location?.file = file
            throw diagnostic
        }
    }

    /// The offset of the first byte that does not begin a valid UTF-8 scalar, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}

/// The state of one parse: the bytes, the read offset and a cursor for turning offsets into
/// line and column.
///
/// Every stored property is a plain value (no reference counting), which keeps the per-byte
/// work cheap even in debug builds. Diagnostics are made without a file name; the caller
/// adds it.
struct JSON5Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int
    /// Where the text starts: 3 after a byte-order mark, else 0.
    let textStart: Int
    /// The last offset turned into a position. Positions are asked for in file order, so
    /// counting on from here keeps the whole parse linear even when the file is one long line.
    private var mark: (offset: Int, line: Int, column: Int)

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        textStart = hasByteOrderMark ? 3 : 0
        offset = textStart
        mark = (textStart, 1, 1)
    }

    /// The line and column of the byte at `target` (or of the end of the file).
    mutating func position(at target: Int) -> SourcePosition {
        if target < mark.offset { mark = (textStart, 1, 1) }
        guard let base = bytes.baseAddress else { return SourcePosition(line: 1, column: 1) }
        var index = mark.offset, line = mark.line, column = mark.column
        let end = target < bytes.count ? target : bytes.count
        // Eight bytes at a time while they are plain ASCII without CR or LF, one column each.
        while index + 8 <= end {
            let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & Self.highBits != 0 || Self.hasZeroByte(word ^ Self.lineFeeds)
                || Self.hasZeroByte(word ^ Self.carriageReturns) { break }
            column += 8
            index += 8
        }
        while index < end {
            // `index < end <= bytes.count`, so reading through the base pointer is in bounds.
            let byte = base[index]
            if byte == 0x0A {  // LF, unless it ends a CRLF already counted at the CR
                if index == 0 || base[index - 1] != 0x0D {
                    line += 1
                    column = 1
                }
            } else if byte == 0x0D {  // CR
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Every byte except a UTF-8 continuation byte starts a scalar.
                column += 1
            }
            index += 1
        }
        mark = (end, line, column)
        return SourcePosition(line: line, column: column)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// Whether any of the eight bytes of `word` is zero (a standard bit trick: subtracting 1
    /// from each byte borrows into the high bit only where the byte was 0 or above 0x80).
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
    }

    mutating func fail(_ problem: JSON5Problem, at offset: Int) -> Diagnostic {
        problem.diagnostic(file: nil, at: position(at: offset))
    }

    /// An object or array whose members are still being read, or the top level of the file.
    private struct OpenContainer {
        enum Kind { case topLevel, object, array }

        var kind: Kind
        var opened: SourcePosition
        var members: [JSONValue.Member] = []
        var elements: [JSONValue] = []
        /// The key whose value is being read.
        var key = ""
        var keyPosition = SourcePosition(line: 1, column: 1)
        /// Keys seen so far, built only for large objects; small ones are searched directly.
        var keyIndex: [String: SourcePosition]?

        init(kind: Kind, opened: SourcePosition) {
            self.kind = kind
            self.opened = opened
        }

        /// What the file still owes when it ends inside this container.
        var closing: String {
            switch kind {
            case .topLevel: "a value"
            case .object: "'}' to close the object opened at \(opened)"
            case .array: "']' to close the array opened at \(opened)"
            }
        }
    }

    /// Parses the single value that makes up the file.
    mutating func parseDocument() throws(Diagnostic) -> JSONValue {
        try skipTrivia()
        guard offset < bytes.count else {
            throw JSON5Problem.emptyFile.diagnostic(file: nil, at: SourcePosition(line: 1, column: 1))
        }
        let value = try parseValue()
        try skipTrivia()
        if offset < bytes.count {
            throw fail(.trailingContent(found: describe(at: offset)), at: offset)
        }
        return value
    }

    /// Parses one value starting at `offset`, which must not be trivia.
    ///
    /// The innermost container is a local variable and the ones around it wait on a stack, so
    /// the common work (appending to the innermost container) never copies a container.
    private mutating func parseValue() throws(Diagnostic) -> JSONValue {
        var outer: [OpenContainer] = []
        var open = OpenContainer(kind: .topLevel, opened: SourcePosition(line: 1, column: 1))
        while true {
            guard let byte = current else {
                throw fail(.unexpectedEnd(expecting: open.closing), at: offset)
            }
            let start = offset
            var value: JSONValue
            if byte == ASCII.openBrace || byte == ASCII.openBracket {
                guard outer.count < JSON5Reader.maximumDepth else {
                    throw fail(.tooDeep(limit: JSON5Reader.maximumDepth), at: start)
                }
                let opened = position(at: start)
                let isObject = byte == ASCII.openBrace
                offset += 1
                try skipTrivia()
                if current == (isObject ? ASCII.closeBrace : ASCII.closeBracket) {
                    offset += 1
                    value = JSONValue(isObject ? .object([]) : .array([]), position: opened)
                } else {
                    outer.append(open)
                    open = OpenContainer(kind: isObject ? .object : .array, opened: opened)
                    if isObject { try readKey(into: &open) }
                    continue
                }
            } else {
                guard let scalar = try readScalar() else {
                    let key = open.kind == .object ? open.key : nil
                    throw fail(.expectedValue(found: describe(at: offset), forKey: key), at: offset)
                }
                value = scalar
            }

            // Hand the finished value to its container, closing each container that ends here.
            while true {
                let closer: UInt8
                switch open.kind {
                case .topLevel:
                    return value
                case .object:
                    open.members.append(JSONValue.Member(key: open.key, keyPosition: open.keyPosition, value: value))
                    closer = ASCII.closeBrace
                case .array:
                    open.elements.append(value)
                    closer = ASCII.closeBracket
                }
                try skipTrivia()
                guard let next = current else {
                    throw fail(.unexpectedEnd(expecting: open.closing), at: offset)
                }
                if next == ASCII.comma {
                    offset += 1
                    try skipTrivia()
                } else if next != closer {
                    let found = describe(at: offset)
                    let problem: JSON5Problem = open.kind == .object
                        ? .expectedCommaAfterMember(key: open.key, closer: "}", found: found)
                        : .expectedCommaAfterElement(closer: "]", opened: open.opened, found: found)
                    throw fail(problem, at: offset)
                }
                if current == closer {
                    offset += 1
                    value = JSONValue(open.kind == .object ? .object(open.members) : .array(open.elements),
                                      position: open.opened)
                    guard let enclosing = outer.popLast() else { return value }
                    open = enclosing
                    continue
                }
                if current == nil {
                    throw fail(.unexpectedEnd(expecting: open.closing), at: offset)
                }
                if open.kind == .object { try readKey(into: &open) }
                break
            }
        }
    }

    /// Reads `key :` and leaves `offset` at the value.
    private mutating func readKey(into container: inout OpenContainer) throws(Diagnostic) {
        let start = offset
        guard let byte = current else {
            throw fail(.unexpectedEnd(expecting: container.closing), at: offset)
        }
        let keyPosition = position(at: start)
        let key: String
        if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
            key = try readString()
        } else if isIdentifierStart(at: offset) {
            key = try readIdentifier()
        } else {
            throw fail(.expectedKey(found: describe(at: offset)), at: offset)
        }
        if let first = firstPosition(of: key, at: keyPosition, in: &container) {
            throw fail(.duplicateKey(key, first: first), at: start)
        }
        try skipTrivia()
        guard current == ASCII.colon else {
            if current == nil { throw fail(.unexpectedEnd(expecting: container.closing), at: offset) }
            throw fail(.expectedColon(key: key, found: describe(at: offset)), at: offset)
        }
        offset += 1
        try skipTrivia()
        container.key = key
        container.keyPosition = keyPosition
    }

    /// Where `key` was first written in the object, or nil after recording it as new.
    private func firstPosition(
        of key: String, at keyPosition: SourcePosition, in container: inout OpenContainer
    ) -> SourcePosition? {
        if container.keyIndex == nil {
            let members = container.members
            if members.count < 16 {
                var index = 0
                while index < members.count {
                    if members[index].key == key { return members[index].keyPosition }
                    index += 1
                }
                return nil
            }
            var index: [String: SourcePosition] = [:]
            for member in members { index[member.key] = member.keyPosition }
            container.keyIndex = index
        }
        if let first = container.keyIndex?[key] { return first }
        container.keyIndex?[key] = keyPosition
        return nil
    }

    /// Reads a string, number or word value; nil if no value can start at `offset`.
    private mutating func readScalar() throws(Diagnostic) -> JSONValue? {
        let start = offset
        let position = position(at: start)
        guard let byte = current else {
            throw fail(.unexpectedEnd(expecting: "a value"), at: offset)
        }
        if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
            return JSONValue(.string(try readString()), position: position)
        }
        if (byte >= ASCII.zero && byte <= ASCII.nine) || byte == ASCII.minus || byte == ASCII.plus || byte == ASCII.dot {
            return JSONValue(.number(try readNumber()), position: position)
        }
        // The common words are matched on the bytes, without making a string.
        if matchWord(Self.trueBytes) { return JSONValue(.bool(true), position: position) }
        if matchWord(Self.falseBytes) { return JSONValue(.bool(false), position: position) }
        if matchWord(Self.nullBytes) { return JSONValue(.null, position: position) }
        guard isIdentifierStart(at: offset) else { return nil }
        let word = try readIdentifier()
        switch word {
        case "true": return JSONValue(.bool(true), position: position)
        case "false": return JSONValue(.bool(false), position: position)
        case "null": return JSONValue(.null, position: position)
        case "Infinity": return JSONValue(.number(.infinity), position: position)
        case "NaN": return JSONValue(.number(.nan), position: position)
        default: throw fail(.unknownWord(word), at: start)
        }
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    /// Whether `word` is at `offset` as a whole word; if so, moves past it.
    private mutating func matchWord(_ word: [UInt8]) -> Bool {
        let end = offset + word.count
        guard end <= bytes.count else { return false }
        var index = 0
        while index < word.count {
            if bytes[offset + index] != word[index] { return false }
            index += 1
        }
        if end < bytes.count, isIdentifierPart(at: end) { return false }
        offset = end
        return true
    }
}
