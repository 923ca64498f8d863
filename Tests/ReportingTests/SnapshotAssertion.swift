import Foundation
import Testing
import TestSupport

/// Compares `actual` with `Snapshots/<name>` beside this file (see `TestSupport.assertSnapshot`).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TestSupport.assertSnapshot(actual, named: name,
                               in: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots"),
                               recordCommand: "RECORD_SNAPSHOTS=1 swift test --filter ReportingTests", sourceLocation: sourceLocation)
}
