import Dynamics

/// One element of an XML document as read from a file: its name, attributes, text, children
/// and where it was written. Only what the importer needs; comments and processing
/// instructions are dropped.
struct XMLElementNode: Sendable {
    /// The name as written, with its prefix if any: `stock`, `isee:prefs`.
    var name: String
    var attributes: [String: String]
    /// The character data directly inside this element (not inside its children), entities decoded.
    var text: String
    var children: [XMLElementNode]
    /// Where the start tag was written.
    var line: Int
    var column: Int
    /// Where the element's text begins: just after the `>` of the start tag.
    var textLine: Int
    var textColumn: Int

    /// The name without a namespace prefix.
    var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// True for vendor elements such as `<isee:prefs>`, which the importer ignores.
    var hasPrefix: Bool { name.contains(":") }

    /// The first child called `name` (no prefix), if any.
    func child(_ name: String) -> XMLElementNode? {
        children.first { !$0.hasPrefix && $0.name == name }
    }

    /// Every child called `name` (no prefix), in document order.
    func children(named name: String) -> [XMLElementNode] {
        children.filter { !$0.hasPrefix && $0.name == name }
    }

    /// The text of the first child called `name`, if that child exists.
    func childText(_ name: String) -> String? {
        child(name)?.text
    }
}

extension XMLElementNode {
    /// Where the start tag was written, in `file`.
    func location(in file: String?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Where the element's text begins, in `file`: the origin of an equation's positions.
    func textLocation(in file: String?) -> SourceLocation {
        SourceLocation(file: file, line: textLine, column: textColumn)
    }
}
