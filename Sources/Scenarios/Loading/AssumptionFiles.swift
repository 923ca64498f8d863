import Dynamics
import Foundation

/// The texts of an assumptions folder, by path relative to the folder: from disk, or the
/// defaults built into the binary.
public struct AssumptionFiles: Sendable {
    /// How paths are shown in messages: `assumptions` gives `assumptions/base.json5`.
    public var root: String
    /// Relative path (`model/compute.json5`) → text.
    public var files: [String: String]

    public init(root: String, files: [String: String]) {
        self.root = root
        self.files = files
    }

    /// The defaults the binary carries: a copy of the repository's `assumptions/` folder.
    public static var builtIn: AssumptionFiles {
        AssumptionFiles(root: "(built-in) assumptions", files: DefaultAssumptions.files)
    }

    /// Files larger than this are refused rather than read.
    public static let sizeLimit = 50_000_000

    /// Reads every `.json5`, `.csv` and `.md` file under `directory`.
    public static func read(directory: String) throws(DiagnosticList) -> AssumptionFiles {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(.error, AssumptionProblem.noFolder(directory))])
        }
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        let base = URL(fileURLWithPath: root)
        let enumerator = fileManager.enumerator(at: base, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard ["json5", "csv", "md"].contains(url.pathExtension) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            guard size <= sizeLimit else {
                problems.append(Diagnostic(.error, AssumptionProblem.fileTooLarge(path: "\(root)/\(relative)", megabytes: size / 1_000_000,
                                                                                   limit: sizeLimit / 1_000_000)))
                continue
            }
            guard let data = fileManager.contents(atPath: url.path) else {
                problems.append(Diagnostic(.error, AssumptionProblem.unreadableFile("\(root)/\(relative)")))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.error, AssumptionProblem.notUTF8("\(root)/\(relative)"),
                                           at: SourceLocation(file: "\(root)/\(relative)", line: 1, column: 1)))
                continue
            }
            files[relative] = text
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return AssumptionFiles(root: root, files: files)
    }

    /// Where to read assumptions from: `--assumptions DIR`, else `./assumptions` if present,
    /// else the built-in defaults.
    public static func locate(_ explicit: String?) throws(DiagnosticList) -> AssumptionFiles {
        if let explicit { return try read(directory: explicit) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "assumptions", isDirectory: &isDirectory), isDirectory.boolValue {
            return try read(directory: "assumptions")
        }
        return builtIn
    }

    public func displayPath(_ relative: String) -> String { "\(root)/\(relative)" }

    /// Relative paths under `folder` with the extension, sorted.
    func paths(in folder: String, extension ext: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix("." + ext) && !$0.dropFirst(folder.count + 1).contains("/") }.sorted()
    }
}
