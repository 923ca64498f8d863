import Dynamics

/// A JSON or JSON5 value together with where it was written.
///
/// Positions let later stages report problems at the exact line and column of the key or value
/// that caused them. Values built in code (for output) carry the position `1:1`.
public struct JSONValue: Sendable, Hashable {
    /// What the value is. Objects keep their members in file order.
    ///
    /// Not `indirect`: the recursion goes through arrays, which are already references, so
    /// values need no extra heap box each.
    public enum Kind: Sendable, Hashable {
        case object([Member])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// One `key: value` pair of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        /// The first character of the key; for a quoted key, the opening quote.
        public var keyPosition: SourcePosition
        public var value: JSONValue

        public init(key: String, keyPosition: SourcePosition = SourcePosition(line: 1, column: 1), value: JSONValue) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public var kind: Kind
    /// The first character of the value; for a string, the opening quote; for a negative
    /// number, the sign.
    public var position: SourcePosition

    public init(_ kind: Kind, position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.kind = kind
        self.position = position
    }
}

extension JSONValue {
    /// The value of the member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        member(key)?.value
    }

    /// The member named `key`, with its key position, if this is an object that has one.
    public func member(_ key: String) -> Member? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }
    }

    public var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    public var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The number, which may be infinite or NaN when the file says `Infinity` or `NaN`.
    public var number: Double? {
        if case .number(let x) = kind { return x }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The kind with its article, for messages such as "expected a number, found a string".
    public var typeName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// For a string, the position of the first character inside the quotes.
    ///
    /// A column `c` on the first line of the string's content is at file column
    /// `contentStart.column + c - 1`, provided the text before it holds no escape sequence
    /// (an escape such as `\n` takes more columns in the file than in the string).
    /// For other kinds this is the value's own position.
    public var contentStart: SourcePosition {
        guard case .string = kind else { return position }
        return SourcePosition(line: position.line, column: position.column + 1)
    }
}
