import Foundation

/// Hands out block numbers 0, 1, 2, … to whichever worker asks first.
final class BlockCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0

    /// The next block not yet taken, or nil when all `count` are.
    func next(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}
