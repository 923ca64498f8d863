import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What an XML parse saw: the element names in document order, or the parser's complaint.
struct ParsedXML {
    var elementNames: [String] = []
    var attributes: [[String: String]] = []
    var error: String?

    func count(of name: String) -> Int {
        elementNames.filter { $0 == name }.count
    }
}

private final class ElementRecorder: NSObject, XMLParserDelegate {
    var parsed = ParsedXML()

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        parsed.elementNames.append(elementName)
        parsed.attributes.append(attributeDict)
    }
}

/// Parses `text` with Foundation's `XMLParser`.
func parseXML(_ text: String) -> ParsedXML {
    let parser = XMLParser(data: Data(text.utf8))
    let recorder = ElementRecorder()
    parser.delegate = recorder
    let succeeded = parser.parse()
    var parsed = recorder.parsed
    if !succeeded {
        let reason = parser.parserError.map { "\($0)" } ?? "unknown error"
        parsed.error = "line \(parser.lineNumber), column \(parser.columnNumber): \(reason)"
    }
    return parsed
}

/// Records a test issue unless `text` is a well-formed XML document whose root is `<svg>`.
@discardableResult
func expectWellFormedSVG(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ParsedXML {
    let parsed = parseXML(text)
    if let error = parsed.error {
        Issue.record("SVG is not well-formed XML: \(error)", sourceLocation: sourceLocation)
    } else if parsed.elementNames.first != "svg" {
        Issue.record("root element is \(parsed.elementNames.first ?? "missing"), expected svg", sourceLocation: sourceLocation)
    }
    return parsed
}
