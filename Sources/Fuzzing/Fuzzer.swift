import Dispatch
import Foundation
import Scenarios
import XMILE
#if canImport(Glibc)
import Glibc
#endif

public struct FuzzConfiguration: Sendable {
    public var seed: UInt64
    /// Inputs `first ..< first + inputs` are made and checked.
    public var inputs: Int
    public var first = 0
    /// Worker threads for the in-process checks.
    public var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Every this many inputs is run through the binary instead (0 for none); needs `forecast`.
    public var commandLineEvery = 50
    public var forecast: URL?
    /// Inputs are cut to this many bytes.
    public var maximumSize = 64 * 1024
    /// One folder input in this many starts from the repository's full assumptions.
    public var fullFolderEvery = 6
    /// Seconds an in-process input may take before the run stops as hung (it cannot be interrupted).
    public var hangLimit = 120.0
    /// Seconds after which an in-process input counts as a finding; nil to only report the slowest.
    public var slowLimit: Double?
    /// Seconds a run of the binary may take before it is killed and counts as a hang.
    public var commandLineTimeout = 60.0
    /// Called now and then with the number of inputs done.
    public var progress: (@Sendable (Int) -> Void)?

    public init(seed: UInt64, inputs: Int) {
        self.seed = seed
        self.inputs = inputs
    }
}

public struct FuzzReport: Sendable {
    public var seed: UInt64
    public var counts: [FuzzTarget: Int] = [:]
    /// Seconds spent on each target's inputs, summed over the workers.
    public var time: [FuzzTarget: Double] = [:]
    /// Command-line inputs not run because their runs would be long (`list` ran instead).
    public var shortened = 0
    public var findings: [Finding] = []
    public var seconds = 0.0
    public var slowest: (seconds: Double, input: String)?

    public var inputs: Int { counts.values.reduce(0, +) }

    public var summary: String {
        var lines = ["forecast-fuzz: \(inputs) inputs with seed \(seed) in \(String(format: "%.1f", seconds)) s; \(findings.count) findings"]
        lines.append("  " + counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value) (\(String(format: "%.1f", time[$0.key] ?? 0)) s)" }
            .joined(separator: ", ")
            + (shortened > 0 ? " (\(shortened) command lines shortened to `list` for long runs)" : ""))
        if let slowest { lines.append("  slowest in-process input: \(String(format: "%.3f", slowest.seconds)) s, \(slowest.input)") }
        for finding in findings.prefix(50) { lines.append("  \(finding)") }
        if findings.count > 50 { lines.append("  … and \(findings.count - 50) more") }
        if !findings.isEmpty {
            lines.append("  make an input again with: swift run forecast-fuzz --seed \(seed) --input N --save DIR")
        }
        return lines.joined(separator: "\n")
    }
}

/// A seeded, bounded mutation fuzzer over everything the tool reads: JSON5, equations,
/// assumption folders, `--stdin` and `--batch` input, `--set` values and XMILE files.
public enum Fuzzer {
    public static func run(_ configuration: FuzzConfiguration, corpus: Corpus) throws -> FuzzReport {
        let checks = try LibraryChecks(corpus: corpus)
        let generator = Generator(corpus: corpus, maximumSize: configuration.maximumSize,
                                  commandLineEvery: configuration.forecast == nil ? 0 : configuration.commandLineEvery,
                                  fullFolderEvery: configuration.fullFolderEvery)
        let commandLine = configuration.forecast.map { CommandLineCheck(forecast: $0, timeout: configuration.commandLineTimeout) }
        let jobs = max(1, min(configuration.jobs, configuration.inputs))
        let state = RunState(report: FuzzReport(seed: configuration.seed), workers: jobs)
        InFlight.install(workers: jobs, seed: configuration.seed)
        let watchdog = Watchdog(state: state, limit: configuration.hangLimit, seed: configuration.seed)
        watchdog.start()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            for offset in stride(from: worker, to: configuration.inputs, by: jobs) {
                let index = configuration.first + offset
                var input = generator.input(index, seed: configuration.seed)
                InFlight.enter(worker: worker, input: index)
                state.begin(worker: worker, input: index)
                let clock = Date()
                var found: [Finding] = []
                var shortened = false
                if input.target == .commandLine, let commandLine {
                    shortened = shorten(&input, checks: checks)
                    found = commandLine.check(input)
                } else {
                    found = checks.check(input).map { Finding(kind: .unlocated, input: input.summary, detail: $0) }
                }
                let seconds = Date().timeIntervalSince(clock)
                if input.target != .commandLine, let limit = configuration.slowLimit, seconds > limit {
                    found.append(Finding(kind: .slow, input: input.summary, detail: String(format: "took %.2f s", seconds)))
                }
                state.end(worker: worker, target: input.target, findings: found, seconds: seconds, summary: input.summary,
                          shortened: shortened, progress: configuration.progress)
                InFlight.leave(worker: worker)
            }
        }
        watchdog.stop()
        var report = state.finish()
        report.seconds = Date().timeIntervalSince(started)
        report.findings.sort { $0.input < $1.input }
        return report
    }

    /// A command line whose runs would be long (a fuzzed step or span) is changed to `list`,
    /// which reads and checks the same files without running them; true if it was.
    static func shorten(_ input: inout FuzzInput, checks: LibraryChecks) -> Bool {
        guard input.arguments.first != "list" else { return false }
        if input.arguments.first == "simulate" {
            guard let model = try? XMILEImporter.parse(Data(input.bytes), file: "input.xmile"),
                  model.settings.stepCount * max(1, model.definition.variables.count) > checks.workLimit else { return false }
            input.arguments = ["simulate", "--help"]
            return true
        }
        let files = AssumptionFiles(root: "input", files: input.files.mapValues { String(decoding: $0, as: UTF8.self) })
        guard let assumptions = try? Assumptions.load(files), !checks.isSmall(assumptions) else { return false }
        input.arguments = ["list", "parameters", "--assumptions", "$FOLDER"]
        return true
    }
}

/// What the workers share: the report so far and what each is working on.
final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var report: FuzzReport
    private var done = 0
    private var working: [(input: Int, since: Date)?]

    init(report: FuzzReport, workers: Int) {
        self.report = report
        working = Array(repeating: nil, count: workers)
    }

    func begin(worker: Int, input: Int) {
        lock.withLock { working[worker] = (input, Date()) }
    }

    func end(worker: Int, target: FuzzTarget, findings: [Finding], seconds: Double, summary: String, shortened: Bool,
             progress: (@Sendable (Int) -> Void)?) {
        let count: Int = lock.withLock {
            working[worker] = nil
            report.counts[target, default: 0] += 1
            report.time[target, default: 0] += seconds
            report.findings += findings
            if shortened { report.shortened += 1 }
            if target != .commandLine, seconds > (report.slowest?.seconds ?? 0) { report.slowest = (seconds, summary) }
            done += 1
            return done
        }
        if count % 1000 == 0 { progress?(count) }
    }

    /// The longest-running input now, if any.
    func longest() -> (input: Int, seconds: Double)? {
        lock.withLock {
            working.compactMap { $0 }.map { ($0.input, Date().timeIntervalSince($0.since)) }.max { $0.1 < $1.1 }
        }
    }

    func finish() -> FuzzReport { lock.withLock { report } }
}

/// Stops the process, naming the input, when one in-process input runs past the hang limit:
/// a hang cannot be interrupted, and waiting for it would hang the tests.
final class Watchdog: @unchecked Sendable {
    private let state: RunState
    private let limit: Double
    private let seed: UInt64
    private let lock = NSLock()
    private var running = true
    private var thread: Thread?

    init(state: RunState, limit: Double, seed: UInt64) {
        self.state = state
        self.limit = limit
        self.seed = seed
    }

    func start() {
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: 0.25)
                if let (input, seconds) = state.longest(), seconds > limit {
                    FileHandle.standardError.write(Data(("forecast-fuzz: hang: input #\(input) has run for \(Int(seconds)) s (limit \(Int(limit)) s); "
                        + "make it again with: swift run forecast-fuzz --seed \(seed) --input \(input) --save DIR\n").utf8))
                    exit(3)
                }
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() { lock.withLock { running = false } }
}
