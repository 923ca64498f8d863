import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// When an in-process check crashes the fuzzer, which inputs were being checked: a signal
/// handler writes them to standard error (with `write`, which is safe in a handler), then
/// hands the signal on, so a crash always names the input that makes it again.
enum InFlight {
    private static let slots = 64
    /// The input each worker is checking, or −1.
    nonisolated(unsafe) private static var inputs = UnsafeMutablePointer<Int>.allocate(capacity: slots)
    nonisolated(unsafe) private static var seed: UInt64 = 0
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]
    nonisolated(unsafe) private static var installed = false

    static func install(workers: Int, seed: UInt64) {
        self.seed = seed
        inputs.initialize(repeating: -1, count: slots)
        guard !installed else { return }
        installed = true
        // The handler runs on a stack of its own, so it works after a stack overflow too.
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, context in InFlight.crashed(signal, info, context) }
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
    }

    static func enter(worker: Int, input: Int) { if worker < slots { inputs[worker] = input } }
    static func leave(worker: Int) { if worker < slots { inputs[worker] = -1 } }

    private static func crashed(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        write("\nforecast-fuzz: crash (signal ")
        write(number: UInt64(signal))
        write(") while checking input")
        for slot in 0..<slots where inputs[slot] >= 0 {
            write(" #")
            write(number: UInt64(inputs[slot]))
        }
        write(" of seed ")
        write(number: seed)
        write("; make one again with: swift run forecast-fuzz --seed ")
        write(number: seed)
        write(" --input N --save DIR\n")
        // Hand the signal on: to the handler there was (Swift's backtracer), or the default.
        var old = previous[signal] ?? sigaction()
        if old.sa_flags & SA_SIGINFO != 0, let handler = old.__sigaction_handler.sa_sigaction {
            handler(signal, info, context)
        } else {
            old.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(signal, &old, nil)
            raise(signal)
        }
    }

    private static func write(_ text: StaticString) {
        _ = Glibc.write(2, text.utf8Start, text.utf8CodeUnitCount)
    }

    private static func write(number: UInt64) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var value = number, index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(48 + value % 10)
                value /= 10
            } while value > 0
            _ = Glibc.write(2, buffer.baseAddress! + index, buffer.count - index)
        }
    }
}
