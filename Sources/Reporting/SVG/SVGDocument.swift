import Foundation

/// A value that can be written into an SVG attribute.
///
/// Numbers go through `SVGNumber.format`, so the same chart always gives the same bytes.
public protocol SVGAttributeValue: Sendable {
    var svgText: String { get }
}

extension String: SVGAttributeValue {
    public var svgText: String { self }
}

extension Double: SVGAttributeValue {
    public var svgText: String { SVGNumber.format(self) }
}

extension Int: SVGAttributeValue {
    public var svgText: String { String(self) }
}

/// One node of an SVG tree: an element or a run of character data.
public enum SVGNode: Sendable, Equatable {
    case element(SVGElement)
    case text(String)
}

/// An SVG (or any XML) element whose attributes keep the order they were given in.
public struct SVGElement: Sendable, Equatable {
    public var name: String
    /// Name–value pairs, written in this order.
    public var attributes: [(name: String, value: String)]
    public var children: [SVGNode]

    /// - Parameters:
    ///   - name: the tag, e.g. `"rect"`.
    ///   - attributes: written in the order given; numbers are rounded by `SVGNumber`.
    ///   - children: child elements, written one per line.
    public init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
                children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes.map { ($0.key, $0.value.svgText) }
        self.children = children.map(SVGNode.element)
    }

    /// An element holding only character data, e.g. `<text …>label</text>`.
    public init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], text: String) {
        self.init(name, attributes)
        self.children = [.text(text)]
    }

    /// An element with mixed content (text and inline elements such as `<tspan>`), written on one line.
    public init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], content: [SVGNode]) {
        self.init(name, attributes)
        self.children = content
    }

    /// Appends or replaces an attribute after construction, keeping first-seen order.
    public mutating func setAttribute(_ name: String, _ value: any SVGAttributeValue) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value.svgText
        } else {
            attributes.append((name, value.svgText))
        }
    }

    public mutating func append(_ child: SVGElement) {
        children.append(.element(child))
    }

    public mutating func append(contentsOf elements: [SVGElement]) {
        children.append(contentsOf: elements.map(SVGNode.element))
    }

    public static func == (lhs: SVGElement, rhs: SVGElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}

/// Writes an element tree as indented XML text.
///
/// Elements whose children are all elements get one child per line, indented two spaces, so
/// snapshot diffs read line by line; elements with any character data are written on one line
/// because whitespace inside `<text>` is visible.
public enum SVGWriter {
    /// The document as a standalone `.svg` file: XML declaration, the tree, a final newline.
    public static func document(_ root: SVGElement) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(root, depth: 0, into: &output)
        return output
    }

    /// The element and its children, without an XML declaration.
    public static func fragment(_ root: SVGElement) -> String {
        var output = ""
        write(root, depth: 0, into: &output)
        return output
    }

    private static func write(_ element: SVGElement, depth: Int, into output: inout String) {
        output += String(repeating: "  ", count: depth)
        output += openingTag(element)
        if element.children.isEmpty {
            output += "/>\n"
            return
        }
        let hasText = element.children.contains { if case .text = $0 { return true } else { return false } }
        if hasText {
            output += ">"
            for child in element.children { writeInline(child, into: &output) }
            output += "</\(element.name)>\n"
            return
        }
        output += ">\n"
        for case .element(let child) in element.children {
            write(child, depth: depth + 1, into: &output)
        }
        output += String(repeating: "  ", count: depth) + "</\(element.name)>\n"
    }

    private static func writeInline(_ node: SVGNode, into output: inout String) {
        switch node {
        case .text(let text):
            output += escapeText(text)
        case .element(let element):
            output += openingTag(element)
            if element.children.isEmpty {
                output += "/>"
            } else {
                output += ">"
                for child in element.children { writeInline(child, into: &output) }
                output += "</\(element.name)>"
            }
        }
    }

    private static func openingTag(_ element: SVGElement) -> String {
        var tag = "<" + element.name
        for attribute in element.attributes {
            tag += " \(attribute.name)=\"\(escapeAttribute(attribute.value))\""
        }
        return tag
    }

    /// Escapes `&`, `<` and `>` for character data, and drops characters XML 1.0 forbids.
    public static func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default:
                if isAllowedInXML(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    /// Escapes character data and also `"`, since attribute values are written in double quotes.
    public static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// Number formatting for SVG coordinates.
public enum SVGNumber {
    /// `value` rounded to `decimals` places (half away from zero), trailing zeros dropped.
    ///
    /// Never writes `-0`, an exponent, or a locale's separators. Non-finite values become `0`, and
    /// magnitudes are capped at 1e9, far outside any drawing, so the integer arithmetic cannot overflow.
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let places = min(max(decimals, 0), 6)
        let clamped = min(max(value, -1e9), 1e9)
        var power: Int64 = 1
        for _ in 0..<places { power *= 10 }
        let scaled = Int64((clamped * Double(power)).rounded())
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(power)
        var fraction = magnitude % UInt64(power)
        guard places > 0, fraction != 0 else { return sign + String(whole) }
        var digits = places
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        let padding = String(repeating: "0", count: digits - fractionText.count)
        return sign + String(whole) + "." + padding + fractionText
    }
}

/// Builds the `d` attribute of a `<path>` from absolute commands.
public struct SVGPath: Sendable, Equatable {
    public private(set) var data = ""

    public init() {}

    public var isEmpty: Bool { data.isEmpty }

    public mutating func move(to x: Double, _ y: Double) {
        data += "M\(SVGNumber.format(x)),\(SVGNumber.format(y))"
    }

    public mutating func line(to x: Double, _ y: Double) {
        data += "L\(SVGNumber.format(x)),\(SVGNumber.format(y))"
    }

    public mutating func close() {
        data += "Z"
    }
}

extension SVGWriter {
    /// A short identifier derived from text, stable across runs and machines (32-bit FNV-1a).
    ///
    /// Used for `id` attributes of clip paths and patterns, so two different charts inlined in one page
    /// do not share ids, while the same chart always gets the same id.
    static func stableIdentifier(_ prefix: String, from text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return prefix + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
