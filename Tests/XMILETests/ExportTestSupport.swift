import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Dynamics
import XMILE

/// Round trips through the exporter: a model run on the engine against the same model
/// exported, imported again and run.
enum ExportCheck {
    /// Values agree when within 1e-9 of each other relatively, or 1e-12 absolutely (near zero).
    static func agree(_ a: Double, _ b: Double) -> Bool {
        if a == b || a.isNaN && b.isNaN { return true }
        let difference = abs(a - b)
        return difference <= 1e-12 || difference <= 1e-9 * max(abs(a), abs(b))
    }

    /// Relative difference, absolute below 1e-12 in magnitude.
    static func difference(_ a: Double, _ b: Double) -> Double {
        if a == b { return 0 }
        let scale = max(abs(a), abs(b))
        return scale < 1e-12 ? abs(a - b) : abs(a - b) / scale
    }

    struct Mismatch: CustomStringConvertible {
        var name: String
        var time: Double
        var engine: Double
        var exported: Double
        var description: String { "\(name) at \(time): engine \(engine), exported \(exported)" }
    }

    /// Runs `definition` directly and through its XMILE export with `settings`; returns the
    /// first disagreement of each variable (empty when every value of every stock, flow and
    /// auxiliary agrees) and how many series were compared.
    static func roundTrip(_ definition: ModelDefinition, settings: RunSettings) throws -> (mismatches: [Mismatch], compared: Int) {
        let direct = try Compiler.compile(definition).run(settings)
        let text = try XMILEExporter.export(definition, settings: settings, name: "round trip", doc: nil)
        let model = try XMILEImporter.parse(Data(text.utf8), file: "export.xmile")
        let results = try XMILESimulator.simulate(model, settings: settings)
        #expect(results.times == direct.times)
        let names = XMILEExporter.exportedNames(of: definition)
        var mismatches: [Mismatch] = []
        var compared = 0
        // Arrays element by element.
        for variable in try Compiler.flatten(definition).variables where variable.provenance.isUser {
            let exported = XMILEName.canonicalColumn(try #require(names[variable.name]))
            let expected = try #require(direct.series(variable.name))
            let series = try #require(results.series.first { $0.key == exported }, "\(variable.name) not in the export")
            compared += 1
            if let k = expected.indices.first(where: { !agree(expected[$0], series.values[$0]) }) {
                mismatches.append(Mismatch(name: variable.name, time: direct.times[k], engine: expected[k], exported: series.values[k]))
            }
        }
        return (mismatches, compared)
    }

    /// The repository's root: three levels above this file (`Tests/XMILETests/…`).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// The root element's name and namespace, as a namespace-aware `XMLParser` reads them.
final class RootElementReader: NSObject, XMLParserDelegate {
    private(set) var name: String?
    private(set) var namespace: String?
    private(set) var elementCount = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == nil {
            name = elementName
            namespace = namespaceURI
        }
        elementCount += 1
    }

    /// Parses `text`; nil when the parser reports an error.
    static func read(_ text: String) -> RootElementReader? {
        let reader = RootElementReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }
}
