import Foundation
import Dynamics
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XMILE file read into a tree of elements with their positions, before any meaning is
/// given to them.
///
/// Reading is lenient where the XML parser can recover: a few published XMILE files are not
/// well-formed (an end tag is missing), and tools such as PySD read them by recovering. The
/// problems the parser recovered from are kept as warnings; problems it could not get past
/// are errors naming the file and line.
///
/// What the XML parser is not given: bytes that are not UTF-8 or are NUL (inside a name or an
/// entity they crash it), and elements nested more than `maximumDepth` deep (the parse stops
/// there). Both are errors at the line and column where they are.
struct XMILEDocument {
    var root: XMLElementNode
    var warnings: [Diagnostic]

    /// How deeply elements may nest; XMILE files need about ten levels.
    static let maximumDepth = 256

    static func parse(_ data: Data, file: String?) throws(DiagnosticList) -> XMILEDocument {
        let bytes = [UInt8](data)
        if let (offset, problem) = firstUnreadableByte(bytes) {
            let position = position(of: offset, in: bytes)
            throw DiagnosticList([problem.diagnostic(at: SourceLocation(file: file, position: position))])
        }
        let builder = TreeBuilder(source: data)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let succeeded = parser.parse()
        if let deep = builder.tooDeep {
            throw DiagnosticList([XMILEProblem.nestedTooDeep(limit: maximumDepth)
                .diagnostic(at: SourceLocation(file: file, line: max(deep.line, 1), column: max(deep.column, 1)))])
        }
        builder.closeOpenElements()

        let problems = builder.problems.filter { !$0.isNamespaceProblem && !$0.isWarning }
        // A file that merely stops is truncated, not a missing end tag to recover from.
        let truncated = problems.contains { $0.code == 5 } && !problems.contains { $0.code == 76 }
        if !succeeded || builder.root == nil || truncated {
            let first = problems.first ?? parser.parserError.map {
                ParserProblem(code: ($0 as NSError).code, line: parser.lineNumber, column: parser.columnNumber)
            }
            if let first {
                throw DiagnosticList([XMILEProblem.malformedXML(first.message)
                    .diagnostic(at: SourceLocation(file: file, line: max(first.line, 1), column: max(first.column, 1)))])
            }
            throw DiagnosticList([XMILEProblem.emptyFile.diagnostic(at: SourceLocation(file: file, line: 1, column: 1))])
        }
        // One warning, at the first problem: the later ones follow from it.
        let warnings = problems.prefix(1).map { problem in
            XMILEProblem.recoveredXML(problem.message)
                .diagnostic(at: SourceLocation(file: file, line: max(problem.line, 1), column: max(problem.column, 1)))
        }
        return XMILEDocument(root: builder.root!, warnings: warnings)
    }

    /// The offset of the first byte that is NUL or does not begin a valid UTF-8 scalar, and which.
    static func firstUnreadableByte(_ bytes: [UInt8]) -> (Int, XMILEProblem)? {
        let nul = bytes.firstIndex(of: 0)
        var invalid: Int?
        if String(validating: bytes, as: UTF8.self) == nil {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            scan: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): offset += encoded.count
                case .error: invalid = offset; break scan
                case .emptyInput: break scan
                }
            }
        }
        switch (nul, invalid) {
        case let (nul?, invalid?): return nul < invalid ? (nul, .nulByte) : (invalid, .invalidUTF8(bytes[invalid]))
        case let (nul?, nil): return (nul, .nulByte)
        case let (nil, invalid?): return (invalid, .invalidUTF8(bytes[invalid]))
        case (nil, nil): return nil
        }
    }

    /// The line and column of `offset`, counting lines at LF and columns in Unicode scalars
    /// (the bytes before it are valid UTF-8).
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}

/// A problem the XML parser reported, with where it was.
private struct ParserProblem {
    var code: Int
    var line: Int
    var column: Int

    /// Undeclared prefixes (`isee:` without `xmlns:isee`) are common in XMILE written by
    /// converters and change nothing for the importer, which matches names as written.
    var isNamespaceProblem: Bool { (200...210).contains(code) }

    /// libxml2's warnings (`XML_WAR_*`: an XML version it does not know, a relative namespace
    /// URI, an odd `xml:lang`): the document is still well-formed, so they are not reported.
    var isWarning: Bool { [93, 97, 98, 99, 100, 102, 106, 107, 113].contains(code) }

    /// Codes are libxml2's `xmlParserErrors`, which `XMLParser` passes through.
    var message: String {
        switch code {
        case 4: "the document is empty or is not XML"
        case 5: "the document ends before all its elements are closed"
        case 9: "the document holds a character XML does not allow"
        case 22, 23, 26, 27, 28: "an entity reference is malformed (write &lt; &gt; &amp; for < > &)"
        case 33, 34, 38, 39, 40, 41, 42, 43, 44: "an attribute is malformed (values must be in quotes)"
        case 45: "a comment is not closed with -->"
        case 65, 68, 72, 73, 74, 75, 77: "a tag is malformed"
        case 76: "an end tag does not match the element it closes"
        case 85: "the elements are not properly nested"
        case 86: "there is content after the root element"
        case 108: "the XML declaration names a version other than 1.0"
        default: "the XML is not well-formed (parser error \(code))"
        }
    }
}

/// Builds the element tree from the parser's events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    private(set) var root: XMLElementNode?
    private(set) var problems: [ParserProblem] = []
    /// Where an element opened past `XMILEDocument.maximumDepth`, which stopped the parse.
    private(set) var tooDeep: (line: Int, column: Int)?
    private var stack: [XMLElementNode] = []
    private let lines: [[Unicode.Scalar]]

    init(source: Data) {
        let text = String(decoding: source, as: UTF8.self)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        // The parser reports the position of the start tag's closing '>'.
        let endLine = parser.lineNumber, endColumn = parser.columnNumber
        let start = tagStart(elementName, line: endLine, column: endColumn)
        guard stack.count < XMILEDocument.maximumDepth else {
            if tooDeep == nil { tooDeep = start }
            parser.abortParsing()
            return
        }
        stack.append(XMLElementNode(name: elementName, attributes: attributes, text: "", children: [],
                                    line: start.line, column: start.column,
                                    textLine: endLine, textColumn: endColumn + 1))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        attach(element)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        problems.append(ParserProblem(code: (error as NSError).code, line: parser.lineNumber, column: parser.columnNumber))
    }

    /// A document the parser recovered from may end with elements still open.
    func closeOpenElements() {
        while let element = stack.popLast() { attach(element) }
    }

    private func attach(_ element: XMLElementNode) {
        if stack.isEmpty {
            if root == nil { root = element }
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    /// Where `<name` begins, found by searching back from the end of the start tag (the tag
    /// may span lines when it has many attributes).
    private func tagStart(_ name: String, line: Int, column: Int) -> (line: Int, column: Int) {
        let pattern = Array(("<" + name).unicodeScalars)
        var row = line - 1
        var limit = column
        while row >= 0, row < lines.count, line - row <= 50 {
            let scalars = lines[row]
            var index = min(limit, scalars.count) - pattern.count
            while index >= 0 {
                if Array(scalars[index..<index + pattern.count]) == pattern { return (row + 1, index + 1) }
                index -= 1
            }
            row -= 1
            limit = Int.max
        }
        return (line, max(1, column))
    }
}
