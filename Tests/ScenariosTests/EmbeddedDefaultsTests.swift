import Foundation
import Testing
@testable import Scenarios

/// The binary carries the repository's `assumptions/` as a generated source file,
/// `Sources/Scenarios/DefaultAssumptions.swift`. SwiftPM resources must live inside a target's
/// folder and are found at run time through a bundle beside the executable, so a binary copied
/// elsewhere would lose them; a generated source compiles the text into the binary itself.
/// This test keeps the copy in step: `UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults`
/// rewrites it.
struct EmbeddedDefaultsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let generated = root.appendingPathComponent("Sources/Scenarios/DefaultAssumptions.swift")

    static func repositoryFiles() throws -> [String: String] {
        try AssumptionFiles.read(directory: root.appendingPathComponent("assumptions").path).files
    }

    static func source(for files: [String: String]) -> String {
        var text = """
        // Generated from assumptions/ by `UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults`.
        // Do not edit: edit assumptions/ and regenerate. A test fails when the two differ.

        /// The default assumptions, built into the binary (see `AssumptionFiles.builtIn`).
        enum DefaultAssumptions {
            static let files: [String: String] = [

        """
        for path in files.keys.sorted() {
            let body = files[path]!
            var hashes = "#"
            while body.contains("\"\"\"" + hashes) { hashes += "#" }
            text += "        \"\(path)\": \(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes),\n"
        }
        text += "    ]\n}\n"
        return text
    }

    @Test func theBinaryCarriesTheRepositoryAssumptions() throws {
        let files = try Self.repositoryFiles()
        #expect(!files.isEmpty)
        for (path, text) in files {
            #expect(!text.contains("\r"), "\(path) has carriage returns; save it with LF line endings")
        }
        let expected = Self.source(for: files)
        let current = (try? String(contentsOf: Self.generated, encoding: .utf8)) ?? ""
        if current != expected, ProcessInfo.processInfo.environment["UPDATE_EMBEDDED_DEFAULTS"] == "1" {
            try expected.write(to: Self.generated, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "Sources/Scenarios/DefaultAssumptions.swift is stale: run UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults")
        let differing = Set(files.keys).union(DefaultAssumptions.files.keys).filter { files[$0] != DefaultAssumptions.files[$0] }.sorted()
        #expect(differing.isEmpty, "the compiled-in copy differs from assumptions/ in \(differing): rebuild after regenerating")
    }
}

/// The defaults users get without any files of their own.
struct BuiltInDefaultsTests {
    @Test func loadCompileAndRunEveryScenarioWithoutAWarning() throws {
        let assumptions = try Assumptions.load(AssumptionFiles.builtIn)
        // A change to the model or base.json5 makes the shipped calibration stale until it is
        // refitted; that warning alone is allowed.
        let warnings = assumptions.warnings.filter { !$0.description.contains("calibrated.json5 was fitted to other data") }
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(assumptions.scenarioNames.count == 8)
        for name in assumptions.scenarioNames + ["backtest"] {
            let (scenario, warnings) = try Scenario.resolve(name, in: assumptions)
            #expect(warnings.isEmpty)
            let compiled = try CompiledScenario(scenario)
            #expect(compiled.unitProblems().isEmpty, "\(name): \(compiled.unitProblems())")
            let result = try compiled.run()
            #expect(result.times.last == scenario.settings.stop)
        }
    }
}
