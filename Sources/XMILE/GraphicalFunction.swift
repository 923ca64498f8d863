import Foundation
import Dynamics

/// A graphical function, `<gf>` (XMILE §3.1.4, §4.1.3), read into an engine `Table`.
///
/// - Points: `<ypts>` with either `<xpts>` or `<xscale min max>` (N points evenly spaced from
///   min to max). Both are accepted, `<xpts>` winning, as some tools write both. `sep`
///   changes the separator from a comma. `<yscale>` only scales displays and is ignored.
/// - `type`: `continuous` (the default: linear between points, the end values beyond them),
///   `extrapolate` (the end segments continued) or `discrete` (each y holds until the next x).
///   The older `discrete="true"` attribute is read too.
/// - Points given out of order are sorted by x, as other readers do; two points at the same
///   x are an error.
enum GraphicalFunction {
    static func table(from element: XMLElementNode, name: String, displayName: String,
                      file: String?) throws(DiagnosticList) -> Table {
        func fail(_ problem: String, _ at: XMLElementNode) -> DiagnosticList {
            DiagnosticList([XMILEProblem.graphicalFunction(name: displayName, problem: problem).diagnostic(at: at.location(in: file))])
        }

        let mode: Table.Mode
        switch element.attributes["type"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        case nil, "", "continuous":
            mode = element.attributes["discrete"]?.lowercased() == "true" ? .discrete : .clamp
        case "extrapolate": mode = .extrapolate
        case "discrete": mode = .discrete
        case let other?: throw fail("unknown type '\(other)'; expected continuous, extrapolate or discrete", element)
        }

        guard let yElement = element.child("ypts") else { throw fail("it has no <ypts>", element) }
        let ys = try numbers(in: yElement, fail)
        var xs: [Double]
        if let xElement = element.child("xpts") {
            xs = try numbers(in: xElement, fail)
        } else if let scale = element.child("xscale") {
            guard let low = scale.attributes["min"].flatMap(number), let high = scale.attributes["max"].flatMap(number) else {
                throw fail("<xscale> needs numeric min and max attributes", scale)
            }
            xs = ys.count == 1 ? [low] : (0..<ys.count).map { low + (high - low) * Double($0) / Double(ys.count - 1) }
        } else {
            throw fail("it needs <xpts> or <xscale> to place its points", element)
        }
        guard !ys.isEmpty else { throw fail("<ypts> is empty", yElement) }
        guard xs.count == ys.count else {
            throw fail("it has \(xs.count) x values but \(ys.count) y values", element)
        }

        var points = Array(zip(xs, ys))
        if zip(points, points.dropFirst()).contains(where: { $0.0 > $1.0 }) {
            points = points.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        }
        if let repeated = zip(points, points.dropFirst()).first(where: { $0.0 == $1.0 }) {
            throw fail("two points have the same x value \(ExpressionPrinter.formatNumber(repeated.0.0))", element)
        }
        return Table(name: name, xs: points.map(\.0), ys: points.map(\.1), mode: mode, origin: element.location(in: file))
    }

    private static func number(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isFinite ? $0 : nil }
    }

    private static func numbers(in element: XMLElementNode,
                                _ fail: (String, XMLElementNode) -> DiagnosticList) throws(DiagnosticList) -> [Double] {
        let separator = element.attributes["sep"].flatMap { $0.isEmpty ? nil : $0 } ?? ","
        var values: [Double] = []
        for piece in element.text.components(separatedBy: separator) {
            let text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            guard let value = number(text) else {
                throw fail("<\(element.name)> holds '\(text)', which is not a number", element)
            }
            values.append(value)
        }
        return values
    }
}
