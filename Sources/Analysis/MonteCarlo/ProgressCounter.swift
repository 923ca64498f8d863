import Foundation

/// Counts finished runs across workers and passes and reports them in order.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let runs: Int
    private let passes: Int
    private let report: @Sendable (Int) -> Void
    private var finished = 0
    private var reported = 0

    init(runs: Int, passes: Int, report: @escaping @Sendable (Int) -> Void) {
        self.runs = runs
        self.passes = passes
        self.report = report
    }

    func add(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        finished += count
        let done = min(runs, finished / passes)
        if done > reported {
            reported = done
            report(done)
        }
    }
}
