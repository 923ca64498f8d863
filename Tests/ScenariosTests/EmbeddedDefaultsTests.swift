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
        let differing = Set(files.keys).union(DefaultAssumptions.files.keys).filter { files[$0] != DefaultAssumptions.files[$0] }.sorted()
        if current != expected || !differing.isEmpty {
            // One screen: which files differ and where, and the command that regenerates the copy;
            // never the generated source itself.
            Issue.record(Comment(rawValue: Self.staleMessage(differing, files: files, sourceIsCurrent: current == expected)))
        }
    }

    static func staleMessage(_ differing: [String], files: [String: String], sourceIsCurrent: Bool) -> String {
        var text = "The copy of assumptions/ built into the binary (Sources/Scenarios/DefaultAssumptions.swift) is out of date.\n"
        for path in differing.prefix(8) {
            let mine = (files[path] ?? "").components(separatedBy: "\n"), built = (DefaultAssumptions.files[path] ?? "").components(separatedBy: "\n")
            let line = zip(mine, built).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, built.count)
            func shown(_ lines: [String]) -> String { line < lines.count ? String(lines[line].prefix(100)) : "(end of file)" }
            text += files[path] == nil ? "  assumptions/\(path): removed\n"
                : DefaultAssumptions.files[path] == nil ? "  assumptions/\(path): new\n"
                : "  assumptions/\(path):\(line + 1): now  \(shown(mine))\n      built in: \(shown(built))\n"
        }
        if differing.count > 8 { text += "  and \(differing.count - 8) more files\n" }
        if differing.isEmpty || sourceIsCurrent { text += "  (the generated file is current; rebuild so the binary carries it)\n" }
        text += "Regenerate the copy with:\n    UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults\n"
        text += "To try what-if changes without touching the shipped defaults, edit a copy: forecast init my-assumptions"
        return text
    }

    /// The message names the file and line that changed, both versions, and the command.
    @Test func aStaleCopyIsExplainedOnOneScreen() throws {
        var files = DefaultAssumptions.files
        let path = try #require(files.keys.sorted().first { $0.hasSuffix("base.json5") })
        var lines = files[path]!.components(separatedBy: "\n")
        lines[2] = "  edited: true,"
        files[path] = lines.joined(separator: "\n")
        let message = Self.staleMessage([path], files: files, sourceIsCurrent: false)
        #expect(message.contains("assumptions/\(path):3: now    edited: true,"))
        #expect(message.contains("UPDATE_EMBEDDED_DEFAULTS=1 swift test --filter EmbeddedDefaults"))
        #expect(message.split(separator: "\n").count <= 24)
    }
}

/// The defaults users get without any files of their own.
struct BuiltInDefaultsTests {
    @Test func loadCompileAndRunEveryScenarioWithoutAWarning() throws {
        let assumptions = try Assumptions.load(AssumptionFiles.builtIn)
        // The shipped calibration is current: after a change to the model, base or history,
        // rerun `forecast calibrate` and regenerate this copy.
        #expect(assumptions.warnings.isEmpty, "\(assumptions.warnings)")
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
