import Foundation
import Testing
import TestSupport
import Dynamics
import XMILE

/// A complete XMILE document around `variables`, the inside of `<variables>`.
func xmile(_ variables: String, start: Double = 0, stop: Double = 10, dt: Double = 1, method: String = "euler",
           vendor: String = "forecast tests", outside: String = "") -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
        <header>
            <vendor>\(vendor)</vendor>
            <product version="1.0">\(vendor)</product>
        </header>
        <sim_specs method="\(method)" time_units="Months">
            <start>\(start)</start>
            <stop>\(stop)</stop>
            <dt>\(dt)</dt>
        </sim_specs>\(outside)
        <model>
            <variables>
    \(variables)
            </variables>
        </model>
    </xmile>
    """
}

/// The line (from 1) of the first occurrence of `needle` in `text`.
func line(of needle: String, in text: String) -> Int {
    guard let range = text.range(of: needle) else { return 0 }
    return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
}

/// The column (from 1) of the first occurrence of `needle` in `text`.
func column(of needle: String, in text: String) -> Int {
    guard let range = text.range(of: needle) else { return 0 }
    let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    return text[lineStart..<range.lowerBound].unicodeScalars.count + 1
}

/// `file:line:column` of the first occurrence of `needle` in `text`.
func place(of needle: String, in text: String, file: String = "test.xmile") -> String {
    "\(file):\(line(of: needle, in: text)):\(column(of: needle, in: text))"
}

func importModel(_ text: String, file: String = "test.xmile") throws(DiagnosticList) -> XMILEModel {
    try XMILEImporter.parse(Data(text.utf8), file: file)
}

func simulate(_ text: String, settings: RunSettings? = nil) throws(DiagnosticList) -> XMILEResults {
    try XMILESimulator.simulate(importModel(text), settings: settings)
}

/// The problems importing or running `text` reports, as printed; empty if it ran.
func problems(_ text: String, file: String = "test.xmile") -> [String] {
    do {
        _ = try XMILESimulator.simulate(importModel(text, file: file))
        return []
    } catch {
        return error.diagnostics.filter(\.isError).map(\.description)
    }
}

extension XMILEResults {
    /// The series of the variable written `name` in the file.
    func values(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Double] {
        guard let found = series.first(where: { $0.name == name }) else {
            Issue.record("no series '\(name)' among \(series.map(\.name))", sourceLocation: sourceLocation)
            return []
        }
        return found.values
    }

    /// The value of `name` at `time`.
    func value(_ name: String, at time: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Double {
        guard let row = times.firstIndex(where: { abs($0 - time) < 1e-9 }) else {
            Issue.record("no saved time \(time)", sourceLocation: sourceLocation)
            return .nan
        }
        return values(name, sourceLocation: sourceLocation)[row]
    }
}

/// Compares `actual` with `Fixtures/Snapshots/<name>` beside this file (see `TestSupport.assertSnapshot`).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    TestSupport.assertSnapshot(actual, named: name,
                               in: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Snapshots"),
                               recordCommand: "RECORD_SNAPSHOTS=1 swift test --filter XMILETests", sourceLocation: sourceLocation)
}
