import Foundation
import Scenarios

/// The seeds mutations start from, all read from the repository: its assumptions folder and
/// the tests' small one, their JSON5 files and equations, override inputs, and the XMILE
/// conformance models.
public struct Corpus: Sendable {
    /// An assumptions folder: relative path → bytes.
    public typealias Folder = [String: [UInt8]]

    public var folders: [(name: String, files: Folder)]
    public var json5Files: [[UInt8]]
    /// Equations written to use every builtin, then the equations of the two folders' models.
    public var equations: [[UInt8]]
    /// How many of `equations` are the ones written to use every builtin.
    public var builtinEquationCount: Int
    public var overrides: [[UInt8]]
    public var xmileFiles: [(name: String, bytes: [UInt8])]

    /// The repository this source file is in.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The tests' small assumptions folder, the one the override seeds are written for.
    public static let fixturePath = "Tests/ForecastTests/Fixtures/assumptions"

    public static func load(repository: URL = repository) throws -> Corpus {
        let fixture = try folder(repository.appendingPathComponent(fixturePath))
        let full = try folder(repository.appendingPathComponent("assumptions"))
        let folders = [(name: "fixture", files: fixture), (name: "assumptions", files: full)]
        let json5 = folders.flatMap { $0.files.filter { $0.key.hasSuffix(".json5") }.sorted { $0.key < $1.key }.map(\.value) }

        let builtins: [String] = [
            "x * ln(rate)", "2 * x * curve(time)", "if time > 2026 then x else 0", "delay_fixed(x, 0.5, 1)", "previous(x, 0)",
            "smooth(x, 1) + smooth3(x, 2) + smoothn(x, 1, 4)", "delay1(x, 1) + delay3(x, 1, 0) + delayn(x, 2, 3)", "trend(x, 1) + forcst(x, 1, 2)",
            "initial(x) + step(1, 2026) + ramp(1, 2026, 2027) + pulse(2026, 0.5) + pulse_train(1, 2026, 1)",
            "min(x, 1, 2) + max(x, 2) + clamp(x, 0, 1) + safediv(x, 0, 7) + pow(x, 0.5) + mod(x, 3) + sign(x - 1)",
            "-2 ^ -2 ^ 0.5 + (1 - x) * (2 + x) / 3", "delay_fixed(x * rate, 2, 0)", "smoothn(x, 0.5, 3) + delayn(x, 2, 4, 0)",
            "pulse_train(1, 2026, 0.5) + ramp(1, 2026, 2030) + step(2, 2026.5)", "previous(x) + initial(x)",
            "npv(x, 0.1) + npv(x, rate, 1, 2)", "uniform(0, x) + normal(x, 1) + normal(x, 1, 7, 0, 2) + lognormal(x, 1, 3)",
            "exprnd(x) + poisson(rate) + poisson(x * 1e9, 5)", "not (x > 1 and x < 2) or x == 3 != 0", "\"quoted name\" + {comment} 1",
        ]
        var equations = builtins
        let modelFiles = folders.flatMap { $0.files.filter { $0.key.hasPrefix("model/") }.sorted { $0.key < $1.key }.map(\.value) }
        for file in modelFiles {
            // The strings after `equation:` and `initial:`.
            let text = String(decoding: file, as: UTF8.self)
            for key in ["equation: \"", "initial: \""] {
                var rest = text[...]
                while let found = rest.range(of: key) {
                    let after = rest[found.upperBound...]
                    guard let close = after.firstIndex(of: "\"") else { break }
                    equations.append(String(after[..<close]))
                    rest = after[close...]
                }
            }
        }

        let overrides = ["{\"rate\": 2.2, \"x0\": 2e25}", "{\"rate\": 1}", "{}", "{\"scenario\": \"fast\", \"rate\": 1.5}",
                         "{\"rate\": 2}\n{\"x0\": 3e25}\n{\"scenario\": \"fast\"}\n", "{rate: 2.5, // JSON5\n x0: 1e25,}",
                         "{\"rat\": 2, \"growth\": 1}", "{\"flop_per_dollar\": 0}"]

        let conformance = repository.appendingPathComponent("Tests/XMILETests/Fixtures/conformance")
        var xmile: [(String, [UInt8])] = []
        if let walker = FileManager.default.enumerator(at: conformance, includingPropertiesForKeys: nil) {
            while let url = walker.nextObject() as? URL {
                guard url.pathExtension == "xmile", let data = FileManager.default.contents(atPath: url.path) else { continue }
                xmile.append((String(url.path.dropFirst(conformance.path.count + 1)), [UInt8](data)))
            }
        }
        xmile.sort { $0.0 < $1.0 }
        return Corpus(folders: folders, json5Files: json5, equations: equations.map { Array($0.utf8) }, builtinEquationCount: builtins.count,
                      overrides: overrides.map { Array($0.utf8) }, xmileFiles: xmile)
    }

    /// Every `.json5`, `.csv` and `.md` file under `url`, by relative path.
    static func folder(_ url: URL) throws -> Folder {
        let files = try AssumptionFiles.read(directory: url.path)
        return files.files.mapValues { Array($0.utf8) }
    }
}
