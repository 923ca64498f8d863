import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `report` and `init` killed (SIGKILL) at moments spread over their run: whatever the moment,
/// every file under its final name is complete, byte for byte the file an uninterrupted run
/// writes (or, when the folder held an earlier run, the earlier file). The only other files a
/// kill may leave are hidden temporary ones (`.name.tmp-…`), which no reader takes for output.
@Suite(.serialized)
struct InterruptedWriteTests {
    static let fixture = CommandLineTests.fixture

    func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder`, by relative path.
    func contents(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    static func isTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") && name.contains(".tmp-")
    }

    /// Runs `forecast arguments` in `directory` and kills it after `delay` seconds; true if it was killed.
    func runKilled(_ arguments: [String], in directory: URL, after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = ForecastBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        let killed = process.isRunning && kill(process.processIdentifier, SIGKILL) == 0
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    /// How long an uninterrupted run takes, and what it writes.
    func reference(_ arguments: [String], output: String) throws -> (seconds: Double, files: [String: Data]) {
        let directory = try temporaryFolder("reference")
        defer { try? FileManager.default.removeItem(at: directory) }
        let started = Date()
        let finished = try ForecastBinary.run(arguments, in: directory)
        #expect(finished.status == 0, "\(finished.stderr)")
        return (Date().timeIntervalSince(started), contents(of: directory.appendingPathComponent(output)))
    }

    /// Kills `arguments` at moments from the start to past the end of a run, then again at
    /// moments packed into the stretch where it writes (found by the first pass), half of them
    /// in a folder that already holds `earlier` output, and checks what each kill leaves.
    func check(_ arguments: [String], output: String, earlier: [String]? = nil, trials: Int) throws {
        let (seconds, expected) = try reference(arguments, output: output)
        #expect(!expected.isEmpty)
        var previous: [String: Data] = [:]
        if let earlier { previous = try reference(earlier, output: output).files }
        var killed = 0, partial = 0
        var firstWrite: Double?, lastIncomplete: Double?
        func trial(_ number: Int, at moment: Double) throws {
            let directory = try temporaryFolder("killed")
            defer { try? FileManager.default.removeItem(at: directory) }
            let overwriting = earlier != nil && number % 2 == 1
            if overwriting {
                for (path, data) in previous {
                    let url = directory.appendingPathComponent(output).appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
            }
            if try runKilled(arguments, in: directory, after: moment) { killed += 1 }
            let left = contents(of: directory.appendingPathComponent(output))
            var matched = 0
            for (path, data) in left {
                if Self.isTemporary(path) { continue }
                let complete = data == expected[path] || (overwriting && data == previous[path])
                #expect(complete, "\(arguments.joined(separator: " ")) killed after \(moment) s left \(path) incomplete (\(data.count) bytes)")
                if data == expected[path] { matched += 1 }
            }
            if matched > 0 || left.keys.contains(where: Self.isTemporary) { firstWrite = min(firstWrite ?? moment, moment) }
            if matched < expected.count, matched > 0 || left.keys.contains(where: Self.isTemporary) { partial += 1 }
            if matched < expected.count { lastIncomplete = max(lastIncomplete ?? moment, moment) }
        }
        for number in 0..<trials / 2 {
            try trial(number, at: seconds * 1.3 * (Double(number) + 0.5) / Double(trials / 2))
        }
        // The writes happen between the first moment anything was written and the last moment
        // the set was still incomplete; the second half of the kills falls there.
        let from = max(0, (firstWrite ?? 0) - 0.02), to = max(from + 0.01, (lastIncomplete ?? seconds) + 0.01)
        for number in 0..<trials - trials / 2 {
            try trial(number, at: from + (to - from) * (Double(number) + 0.5) / Double(trials - trials / 2))
        }
        #expect(killed > 0, "every run finished before it was killed")
    }

    @Test func aKilledReportLeavesOnlyCompleteFiles() throws {
        try check(["report", "--quarter", "2025Q2", "--runs", "20", "--out", "reports", "--assumptions", Self.fixture], output: "reports",
                  earlier: ["report", "--quarter", "2025Q2", "--runs", "10", "--out", "reports", "--assumptions", Self.fixture], trials: 40)
    }

    @Test func aKilledInitLeavesOnlyCompleteFiles() throws {
        // An earlier folder whose files differ: the built-in ones with a comment added.
        try check(["init", "copy", "--force"], output: "copy", trials: 40)
        let (_, files) = try reference(["init", "copy"], output: "copy")
        let directory = try temporaryFolder("edited")
        defer { try? FileManager.default.removeItem(at: directory) }
        for trial in 0..<10 {
            let folder = directory.appendingPathComponent("copy")
            try? FileManager.default.removeItem(at: folder)
            for (path, data) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (data + Data("\n// edited\n".utf8)).write(to: url)
            }
            _ = try runKilled(["init", "copy", "--force"], in: directory, after: 0.01 * Double(trial))
            for (path, data) in contents(of: folder) where !Self.isTemporary(path) {
                #expect(data == files[path] || data == files[path].map { $0 + Data("\n// edited\n".utf8) }, "\(path) is incomplete")
            }
        }
    }
}
