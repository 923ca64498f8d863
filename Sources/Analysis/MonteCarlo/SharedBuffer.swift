/// A fixed-size buffer that workers write at disjoint indices, without locks, and that is read
/// only after they finish: Sendable by that contract, which the callers keep.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(count: Int, initial: Element) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: initial)
    }

    deinit {
        _ = pointer.deinitialize()
        pointer.deallocate()
    }
}
