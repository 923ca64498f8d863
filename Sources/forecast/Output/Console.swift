import Foundation

/// Standard output and error, written as UTF-8 in one call each.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// All of standard input.
    static func readInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    static var errorIsTerminal: Bool { isatty(2) == 1 }
}
