/// A line and column, both counted from 1. Columns count Unicode scalars.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where something was written: a file (if any) and a position in it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String?
    public var position: SourcePosition

    public init(file: String?, line: Int, column: Int) {
        self.file = file
        self.position = SourcePosition(line: line, column: column)
    }

    public init(file: String?, position: SourcePosition) {
        self.file = file
        self.position = position
    }

    /// The location of `offset`, a position inside text that starts at `self`.
    ///
    /// An equation string that begins at column 12 of line 7 has its first character at `7:12`;
    /// a problem at `1:5` of the equation is therefore at `7:16` of the file.
    public func advanced(by offset: SourcePosition) -> SourceLocation {
        if offset.line <= 1 {
            return SourceLocation(file: file, line: position.line, column: position.column + offset.column - 1)
        }
        return SourceLocation(file: file, line: position.line + offset.line - 1, column: offset.column)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        ((a.file ?? ""), a.position) < ((b.file ?? ""), b.position)
    }

    public var description: String {
        if let file { return "\(file):\(position)" }
        return position.description
    }
}
