import Dispatch

/// Index-addressed parallel work: `body(i)` for i in 0 ..< count on all cores
/// (`DispatchQueue.concurrentPerform`), each result written at its own index. Whatever the
/// scheduling, the returned array is the same, so callers that reduce it in index order are
/// deterministic.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let results = SharedBuffer<T?>(count: count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: count) { i in results.pointer[i] = body(i) }
        return results.pointer.compactMap { $0 }
    }
}
