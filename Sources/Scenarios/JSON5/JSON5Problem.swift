import Dynamics

/// A syntax problem in a JSON5 file; all the wording of the reader's errors lives here.
enum JSON5Problem: Problem, Hashable {
    case emptyFile
    case invalidUTF8
    /// The file ended while `expecting` was still owed, e.g. "'}' to close the object opened at 3:5".
    case unexpectedEnd(expecting: String)
    /// `found` is already described, e.g. `'tru'` or `U+0000`.
    case expectedValue(found: String, forKey: String?)
    case unknownWord(String)
    case expectedKey(found: String)
    case expectedColon(key: String, found: String)
    case expectedCommaAfterMember(key: String, closer: Character, found: String)
    case expectedCommaAfterElement(closer: Character, opened: SourcePosition, found: String)
    case trailingContent(found: String)
    case duplicateKey(String, first: SourcePosition)
    case tooDeep(limit: Int)
    case unterminatedString(quote: Character, atLineEnd: Bool)
    case unterminatedComment
    case invalidEscape(String)
    case loneSurrogate(String)
    case leadingZero
    case invalidNumber(String)

    /// The words a value may be written as without quotes.
    static let valueWords = ["true", "false", "null", "Infinity", "NaN"]

    public var message: String {
        switch self {
        case .emptyFile: "the file is empty"
        case .invalidUTF8: "the file is not valid UTF-8"
        case .unexpectedEnd: "unexpected end of file"
        case .expectedValue(let found, let key?): "expected a value for '\(key)', found \(found)"
        case .expectedValue(let found, nil): "expected a value, found \(found)"
        case .unknownWord(let word): "expected a value, found '\(word)'"
        case .expectedKey(let found): "expected a key, found \(found)"
        case .expectedColon(let key, let found): "expected ':' after the key '\(key)', found \(found)"
        case .expectedCommaAfterMember(let key, let closer, let found):
            "expected ',' or '\(closer)' after the value of '\(key)', found \(found)"
        case .expectedCommaAfterElement(let closer, let opened, let found):
            "expected ',' or '\(closer)' after an element of the array opened at \(opened), found \(found)"
        case .trailingContent(let found): "expected the end of the file after the top-level value, found \(found)"
        case .duplicateKey(let key, let first): "key '\(key)' appears twice in this object (first at \(first))"
        case .tooDeep(let limit): "values are nested more than \(limit) levels deep"
        case .unterminatedString: "unterminated string"
        case .unterminatedComment: "unterminated comment"
        case .invalidEscape(let escape): "invalid escape '\(escape)' in a string"
        case .loneSurrogate(let escape): "'\(escape)' is half of a UTF-16 surrogate pair"
        case .leadingZero: "a number cannot start with '0' followed by a digit"
        case .invalidNumber(let text): "invalid number '\(text)'"
        }
    }

    public var hint: String? {
        switch self {
        case .emptyFile: "expected an object such as { name: \"base\" }"
        case .invalidUTF8: "save the file as UTF-8"
        case .unexpectedEnd(let expecting): "expected \(expecting)"
        case .expectedValue(let found, _) where found == "','": "remove the extra ','"
        case .expectedValue: "a value is an object, array, string, number, true, false or null"
        case .unknownWord(let word):
            Suggestion.hint(for: word, in: Self.valueWords) ?? "put text in quotes, e.g. \"\(word)\""
        case .expectedKey: "a key is a name such as growth_rate, or text in quotes"
        case .expectedColon: "write the key, then ':', then the value; quote keys that contain other characters"
        case .expectedCommaAfterMember, .expectedCommaAfterElement: "separate values with ','"
        case .trailingContent: "a file holds a single value; remove the extra text or wrap the values in [ ]"
        case .duplicateKey: "remove one of them"
        case .tooDeep: "flatten the structure"
        case .unterminatedString(let quote, true):
            "close it with \(quote) before the end of the line, or end the line with '\\' to continue the string"
        case .unterminatedString(let quote, false): "close it with \(quote)"
        case .unterminatedComment: "close it with '*/'"
        case .invalidEscape: "write '\\\\' for a backslash; the escapes are \\n \\t \\r \\b \\f \\v \\0 \\xHH \\uHHHH"
        case .loneSurrogate: "write the whole pair, e.g. '\\uD83D\\uDE00', or the character itself"
        case .leadingZero: "remove the leading zeros"
        case .invalidNumber: "write numbers such as 12, -0.5, 1.5e9 or 0x1F"
        }
    }

    func diagnostic(file: String?, at position: SourcePosition) -> Diagnostic {
        Diagnostic(.error, self, at: SourceLocation(file: file, position: position))
    }
}
