import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The promises of the built binary, run as a user would on a generated input: it exits 0, 1
/// or 2 (never by a signal) within the time bound; in JSON mode standard error is empty or
/// exactly one JSON object, and standard output is empty on failure (except `--batch`, which
/// answers every line); and a command that fails writes no output file.
public struct CommandLineCheck: Sendable {
    public var forecast: URL
    /// Seconds a run may take before it counts as a hang and is killed.
    public var timeout: Double

    public init(forecast: URL, timeout: Double) {
        self.forecast = forecast
        self.timeout = timeout
    }

    public func check(_ input: FuzzInput) -> [Finding] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("forecast-fuzz-\(getpid())-\(input.index)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        var found: [Finding] = []
        func report(_ kind: Finding.Kind, _ detail: String) { found.append(Finding(kind: kind, input: input.summary, detail: detail)) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try input.save(in: directory.appendingPathComponent("input"))
        } catch {
            report(.crash, "could not write the input: \(error)")
            return found
        }
        let out = directory.appendingPathComponent("out").path
        let arguments = input.arguments.map {
            $0.replacingOccurrences(of: "$FOLDER", with: directory.appendingPathComponent("input").path)
                .replacingOccurrences(of: "$FILE", with: directory.appendingPathComponent("input").appendingPathComponent(input.files.keys.sorted().first ?? "").path)
                .replacingOccurrences(of: "$OUT", with: out)
        }
        let result = ChildProcess.run(forecast, arguments, input: input.standardInput, in: directory, timeout: timeout)
        if result.timedOut {
            report(.hang, "no exit within \(Int(timeout)) s")
            return found
        }
        if let signal = result.signal {
            report(.crash, "killed by signal \(signal); stderr: \(result.stderr.prefix(2000))")
            return found
        }
        if ![0, 1, 2].contains(result.status) { report(.exitCode, "exit code \(result.status)") }
        let json = zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "json" }
        if json {
            let text = result.stderr
            if !text.isEmpty {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                if lines.count != 2 || lines[1] != "" || object == nil { report(.standardError, "not one JSON object: \(text.prefix(2000))") }
            }
            if result.status != 0, !arguments.contains("--batch"), !result.stdout.isEmpty {
                report(.standardError, "failed with output on stdout: \(result.stdout.prefix(500))")
            }
        }
        if result.status != 0, FileManager.default.fileExists(atPath: out) {
            let written = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String]) ?? []
            report(.wroteOnFailure, "exit \(result.status), but \(out) holds \(written.prefix(5)); stderr: \(result.stderr.prefix(500))")
        }
        return found
    }
}

/// A child process with a time limit, its output read while it runs.
enum ChildProcess {
    struct Result {
        var status: Int32
        var signal: Int32?
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    static func run(_ executable: URL, _ arguments: [String], input: [UInt8]?, in directory: URL, timeout: Double) -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return Result(status: -1, signal: nil, stdout: "", stderr: "could not start: \(error)", timedOut: false)
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        // A child that stops reading early closes the pipe; the write then fails, which is fine.
        Glibc.signal(SIGPIPE, SIG_IGN)
        DispatchQueue.global().async {
            if let input { try? inp.fileHandleForWriting.write(contentsOf: Data(input)) }
            try? inp.fileHandleForWriting.close()
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        group.wait()
        let signal: Int32? = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return Result(status: process.terminationStatus, signal: timedOut ? nil : signal,
                      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut)
    }
}
