import Foundation
import Testing

/// Compares `actual` byte for byte with the snapshot file `<directory>/<name>`.
///
/// With the environment variable `RECORD_SNAPSHOTS=1` the file is (re)written instead and the
/// check passes; review the change as a diff before committing it. On a mismatch the actual
/// output is written to the temporary directory so it can be opened or diffed.
public func assertSnapshot(_ actual: String, named name: String, in directory: URL, recordCommand: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let file = directory.appendingPathComponent(name)

    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file, options: .atomic)
        } catch {
            Issue.record("could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }

    guard let expectedData = FileManager.default.contents(atPath: file.path) else {
        Issue.record("no snapshot at \(file.path); record it with `\(recordCommand)` and review the file",
                     sourceLocation: sourceLocation)
        return
    }
    guard let expected = String(data: expectedData, encoding: .utf8) else {
        Issue.record("snapshot \(file.path) is not UTF-8 text", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }

    let actualFile = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
    try? Data(actual.utf8).write(to: actualFile, options: .atomic)
    Issue.record(
        """
        output differs from snapshot \(file.path)
        \(firstDifference(expected: expected, actual: actual))
        actual output written to \(actualFile.path)
        if the change is intended, re-record with `\(recordCommand)` and review the diff
        """,
        sourceLocation: sourceLocation)
}

/// The first line where two texts differ, both versions shown.
public func firstDifference(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
        if want != got {
            return "first difference at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
        }
    }
    return "the texts differ only in line endings or encoding"
}
