import Foundation
import Testing
import Dynamics
import XMILE

/// XMILE and STMX models from other engines' test folders (simlin, SDEverywhere, SDXorg's
/// test-models; licences and provenance in each folder's SOURCE.txt and LICENSE), each with a
/// reference output from Vensim or Stella, held to the conformance pass rule. A case the
/// engine cannot run yet is listed with the reason, and must fail for that reason only.
struct ModelCaseTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cases")

    /// What a case is expected to do now.
    enum Expectation {
        case passes
        /// Not yet: the reason names what is missing.
        case notYet(String)
        /// The reference output does not belong to the model as written.
        case defectiveReference(String)
        /// Not run at all.
        case notRun(String)
    }

    static let expectations: [String: Expectation] = [
        "sde-allocate": .notYet("ALLOCATE"),
        "sdx-vector": .notYet("VECTOR SELECT, VECTOR ELM MAP and VECTOR SORT ORDER"),
        "subscripted_delays": .defectiveReference("the output was simulated with a time step of 0.25, but the model says <dt>0.125</dt>: with 0.25 it matches"),
    ]

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: ModelCaseTests.cases)
    func reproducesTheReferenceOutput(_ name: String) throws {
        if case .notRun = Self.expectations[name] { return }
        let directory = Self.folder.appendingPathComponent(name)
        let models = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["xmile", "stmx"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        try #require(!models.isEmpty)
        let expected = try ExpectedOutput.read(folder: directory)
        var failures: [String] = []
        for url in models {
            do {
                let model = try XMILEImporter.load(contentsOf: url)
                let mismatches = ConformanceCheck.mismatches(try XMILESimulator.simulate(model), model: model, expected: expected)
                if !mismatches.isEmpty { failures.append("\(url.lastPathComponent): \(mismatches.prefix(3).joined(separator: "; "))") }
            } catch {
                failures.append("\(url.lastPathComponent): \("\(error)".prefix(400))")
            }
        }
        switch Self.expectations[name] ?? .passes {
        case .passes:
            #expect(failures.isEmpty, "\(name): \(failures)")
        case .notRun: break
        case .notYet(let reason), .defectiveReference(let reason):
            // Still failing, as expected; when it starts passing, this list must change.
            #expect(!failures.isEmpty, "\(name) passes now: remove it from the expectations (\(reason))")
        }
    }
}

/// Every case that runs, exported again and imported back, runs as it did the first time.
struct ModelCaseExportTests {
    @Test(arguments: ModelCaseTests.cases.filter { if case .passes = ModelCaseTests.expectations[$0] ?? .passes { true } else { false } })
    func survivesExport(_ name: String) throws {
        let directory = ModelCaseTests.folder.appendingPathComponent(name)
        for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter({ ["xmile", "stmx"].contains($0.pathExtension) }) {
            let original = try XMILEImporter.load(contentsOf: url)
            var settings = original.settings
            settings.stopOnNonFinite = false
            let (mismatches, _) = try ExportCheck.roundTrip(original.definition, settings: settings)
            #expect(mismatches.isEmpty, "\(name)/\(url.lastPathComponent): \(mismatches.prefix(3))")
        }
    }
}
