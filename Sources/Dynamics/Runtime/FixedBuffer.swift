/// Read-only memory that lives as long as the compiled model: the step loop reads it through a
/// plain pointer, with no array bounds checks or reference counting.
final class FixedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeBufferPointer<Element>

    /// Copies `elements`; an empty array still gets one element of `padding`, so the pointer is never nil.
    init(_ elements: [Element], padding: Element) {
        let source = elements.isEmpty ? [padding] : elements
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: source.count)
        _ = memory.initialize(from: source)
        pointer = UnsafeBufferPointer(memory)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: pointer).deallocate()
    }

    var base: UnsafePointer<Element> { pointer.baseAddress! }
}
