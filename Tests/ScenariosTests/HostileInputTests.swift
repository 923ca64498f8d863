import Dynamics
import Foundation
import Testing
@testable import Scenarios

/// Bad input found by fuzzing, each reduced to its smallest form: the fixture with one file
/// replaced, which must give a located error (`⏚` marks where) and never a crash.
struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        let marked: String
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        // The code generator indexed the first variable of a model that had none.
        Case(path: "model/growth.json5", marked: "⏚{ schema: 1, stocks: {} }",
             message: "error: the model files of a define no stocks, flows or auxiliaries"),
    ]

    @Test(arguments: cases)
    func isReportedAtItsPosition(_ bad: Case) throws {
        let marked = Marked(bad.marked)
        do {
            _ = try Fixture.load(Fixture.with(bad.path, marked.text))
            Issue.record("loaded without error")
        } catch let list as DiagnosticList {
            let match = list.diagnostics.first { "\($0)".contains(bad.message) }
            #expect(match != nil, "got:\n\(list)")
            if let match {
                #expect(match.location?.file == "a/\(bad.path)", "got \(match)")
                #expect(match.location?.position.description == marked.position, "got \(match)")
            }
        }
    }
}
