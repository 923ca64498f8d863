import Foundation

/// What an input is fed to.
public enum FuzzTarget: String, CaseIterable, Sendable, Comparable {
    /// `JSON5Reader` on one file.
    case json5
    /// The expression parser, then a small model around the equation compiled, run and unit-checked.
    case expression
    /// A whole assumptions folder loaded, and when its runs are small, checked as `forecast check` does.
    case assumptions
    /// A `--stdin` object or `--batch` lines against the tests' small assumptions.
    case overrides
    /// An XMILE file imported, and when its run is small, simulated.
    case xmile
    /// The built `forecast` binary on a folder, a file, `--stdin`, `--batch` or `--set`.
    case commandLine = "command-line"

    public static func < (a: FuzzTarget, b: FuzzTarget) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One generated input: the files it consists of and, for the command line, how it is run.
public struct FuzzInput: Sendable {
    public var index: Int
    public var target: FuzzTarget
    /// Which seed it was made from, for messages: `fixture/base.json5`, `conformance/abs/abs.xmile`.
    public var seed: String
    /// Relative path → bytes. One file for the single-file targets; a whole folder for
    /// `assumptions` and for command lines that read one.
    public var files: [String: [UInt8]]
    /// For `overrides`: the input is batch lines rather than one `--stdin` object.
    public var isBatch = false
    /// For `commandLine`: the arguments, where `$FOLDER`, `$FILE` and `$OUT` stand for paths
    /// in the input's temporary folder.
    public var arguments: [String] = []
    /// For `commandLine`: standard input.
    public var standardInput: [UInt8]?

    /// The bytes of a single-file input.
    public var bytes: [UInt8] { files.values.first ?? [] }

    /// A short description for reports: the target, the seed and the size.
    public var summary: String {
        let size = files.values.reduce(0) { $0 + $1.count } + (standardInput?.count ?? 0)
        var text = "#\(index) \(target.rawValue) from \(seed), \(size) bytes"
        if !arguments.isEmpty { text += ": forecast " + arguments.joined(separator: " ") }
        return text
    }

    /// Writes the input's files under `directory` (and its standard input as `stdin`).
    public func save(in directory: URL) throws {
        for (path, bytes) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if let standardInput { try Data(standardInput).write(to: directory.appendingPathComponent("stdin")) }
        if !arguments.isEmpty { try Data((arguments.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("arguments")) }
    }
}

/// A broken promise: a crash, a hang, an unlocated problem, a bad exit or a write on failure.
public struct Finding: Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case crash, hang, slow, unlocated, exitCode = "exit code", standardError = "standard error", wroteOnFailure = "wrote on failure"
    }

    public var kind: Kind
    public var input: String
    public var detail: String

    public var description: String { "\(kind.rawValue): \(input): \(detail)" }
}
