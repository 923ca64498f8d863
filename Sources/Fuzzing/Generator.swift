import Foundation
import Scenarios

/// Makes input `index` of a run from its seed alone: the same seed and index give the same
/// bytes, so any failing input can be made again by itself.
public struct Generator: Sendable {
    public let corpus: Corpus
    let json5: Mutator
    let expression: Mutator
    let overrides: Mutator
    let xmile: Mutator
    /// Every this many inputs is also run through the binary (0 for never).
    public var commandLineEvery: Int
    /// One folder input in this many starts from the repository's full assumptions (slow to
    /// load in a debug build) rather than the tests' small folder.
    public var fullFolderEvery: Int

    public init(corpus: Corpus, maximumSize: Int, commandLineEvery: Int, fullFolderEvery: Int = 6) {
        self.fullFolderEvery = max(1, fullFolderEvery)
        self.corpus = corpus
        json5 = .json5(maximumSize: maximumSize)
        expression = .expression(maximumSize: maximumSize)
        overrides = .overrides(maximumSize: maximumSize)
        xmile = .xmile(maximumSize: maximumSize)
        self.commandLineEvery = commandLineEvery
    }

    public func input(_ index: Int, seed: UInt64) -> FuzzInput {
        var random = FuzzRandom(seed: seed, input: index)
        if commandLineEvery > 0, index % commandLineEvery == 0 { return commandLine(index, &random) }
        switch random.weighted([22, 24, 22, 14, 18]) {
        case 0:
            let seedFile = random.element(of: corpus.json5Files)
            return FuzzInput(index: index, target: .json5, seed: "a JSON5 file", files: ["input.json5": json5.mutate(seedFile, using: &random, donors: corpus.json5Files)])
        case 1:
            // Half the time one written to use the builtins, whose arguments matter most.
            let seedEquation = random.chance(1, in: 2) ? corpus.equations[random.below(corpus.builtinEquationCount)] : random.element(of: corpus.equations)
            return FuzzInput(index: index, target: .expression, seed: "an equation",
                             files: ["equation": expression.mutate(seedEquation, using: &random, donors: corpus.equations)])
        case 2:
            let (name, folder) = random.chance(1, in: fullFolderEvery) ? corpus.folders[1] : corpus.folders[0]
            return FuzzInput(index: index, target: .assumptions, seed: name, files: mutatedFolder(folder, &random))
        case 3:
            var input = overrideInput(&random)
            input.index = index
            return input
        default:
            let (name, bytes) = random.element(of: corpus.xmileFiles)
            return FuzzInput(index: index, target: .xmile, seed: name, files: ["model.xmile": mutatedXMILE(bytes, &random)])
        }
    }

    // MARK: - Folders

    /// A folder with one file mutated (often an equation inside a model file), or a file dropped, copied or added.
    func mutatedFolder(_ folder: Corpus.Folder, _ random: inout FuzzRandom) -> Corpus.Folder {
        var files = folder
        let paths = folder.keys.sorted()
        switch random.weighted([60, 25, 5, 5, 5]) {
        case 0:
            let path = random.element(of: paths)
            files[path] = json5.mutate(folder[path]!, using: &random, donors: corpus.json5Files)
        case 1:
            let models = paths.filter { $0.hasPrefix("model/") }
            let path = random.element(of: models)
            files[path] = mutatedEquation(in: folder[path]!, &random)
        case 2:
            files[random.element(of: paths)] = nil
        case 3:
            let path = random.element(of: paths.filter { $0.hasSuffix(".json5") })
            let copy = random.element(of: ["scenarios/copy.json5", "model/copy.json5", "backtest.json5", "scenarios/base.json5"])
            files[copy] = json5.mutate(folder[path]!, using: &random)
        default:
            files[random.element(of: ["scenarios/new.json5", "model/new.json5", "history/new.csv", "backtest.json5"])] =
                json5.mutate(random.element(of: corpus.json5Files), using: &random)
        }
        return files
    }

    /// A model file with one of its equation strings mutated as an equation and written back
    /// as a JSON5 string, so the change reaches the expression parser.
    func mutatedEquation(in file: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let text = String(decoding: file, as: UTF8.self)
        var ranges: [Range<String.Index>] = []
        for key in ["equation: \"", "initial: \""] {
            var rest = text[...]
            while let found = rest.range(of: key), let close = rest[found.upperBound...].firstIndex(of: "\"") {
                ranges.append(found.upperBound..<close)
                rest = text[close...]
            }
        }
        guard !ranges.isEmpty else { return json5.mutate(file, using: &random) }
        let range = random.element(of: ranges)
        let mutated = String(decoding: expression.mutate(Array(text[range].utf8), using: &random, donors: corpus.equations), as: UTF8.self)
        let escaped = mutated.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        return Array((text[..<range.lowerBound] + escaped + text[range.upperBound...]).utf8)
    }

    /// An XMILE file mutated as bytes, or in one `<eqn>`.
    func mutatedXMILE(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var ranges: [Range<String.Index>] = []
        var rest = text[...]
        while let open = rest.range(of: "<eqn>"), let close = rest[open.upperBound...].range(of: "</eqn>") {
            ranges.append(open.upperBound..<close.lowerBound)
            rest = text[close.upperBound...]
        }
        guard random.chance(1, in: 2), !ranges.isEmpty else {
            return xmile.mutate(bytes, using: &random, donors: corpus.xmileFiles.map(\.bytes))
        }
        let range = random.element(of: ranges)
        var equation = String(decoding: xmile.mutate(Array(text[range].utf8), using: &random), as: UTF8.self)
        if random.chance(1, in: 2) {
            equation = equation.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        return Array((text[..<range.lowerBound] + equation + text[range.upperBound...]).utf8)
    }

    // MARK: - Overrides

    func overrideInput(_ random: inout FuzzRandom) -> FuzzInput {
        let seedInput = random.element(of: corpus.overrides)
        let isBatch = seedInput.contains(0x0A) || random.chance(2, in: 5)
        var bytes = overrides.mutate(seedInput, using: &random, donors: corpus.overrides)
        if isBatch, random.chance(1, in: 3) {
            // Several lines, some of them mutated.
            bytes = (0..<(1 + random.below(6))).flatMap { _ in
                (random.chance(1, in: 2) ? overrides.mutate(random.element(of: corpus.overrides), using: &random) : random.element(of: corpus.overrides)) + [0x0A]
            }
        }
        return FuzzInput(index: 0, target: .overrides, seed: isBatch ? "--batch lines" : "a --stdin object", files: ["stdin": bytes], isBatch: isBatch)
    }

    // MARK: - Command lines

    /// Commands that read an assumptions folder, with the work of each kept small.
    static let folderCommands: [[String]] = [
        ["check"], ["check", "--format", "json"], ["run", "--format", "json", "--select", "*"], ["run", "--format", "csv", "--every", "step"],
        ["run"], ["list", "parameters", "--format", "json"], ["list", "variables"], ["explain", "x", "--format", "json"], ["explain", "growth", "--depth", "9"],
        ["compare", "base", "fast", "--format", "json"], ["backtest", "--format", "json"], ["sensitivity", "--format", "json"],
        ["montecarlo", "--runs", "20", "--format", "json"], ["export", "--xmile", "$OUT"], ["report", "--runs", "5", "--quarter", "2025Q2", "--out", "$OUT"],
    ]

    func commandLine(_ index: Int, _ random: inout FuzzRandom) -> FuzzInput {
        let fixture = corpus.folders[0].files
        var input: FuzzInput
        switch random.weighted([60, 16, 10, 9, 5]) {
        case 0:
            let (name, folder) = random.chance(1, in: 2 * fullFolderEvery) ? corpus.folders[1] : corpus.folders[0]
            var command = random.element(of: Self.folderCommands)
            if name == "assumptions", let at = command.firstIndex(of: "2025Q2") { command[at] = "2026Q4" }
            input = FuzzInput(index: index, target: .commandLine, seed: name, files: mutatedFolder(folder, &random),
                              arguments: command + ["--assumptions", "$FOLDER"])
        case 1:
            let (name, bytes) = random.element(of: corpus.xmileFiles)
            input = FuzzInput(index: index, target: .commandLine, seed: name, files: ["model.xmile": mutatedXMILE(bytes, &random)],
                              arguments: ["simulate", "$FILE"] + (random.chance(1, in: 2) ? ["--format", "json"] : []))
        case 2:
            var overrides = overrideInput(&random)
            overrides.isBatch = false
            input = FuzzInput(index: index, target: .commandLine, seed: "a --stdin object", files: fixture,
                              arguments: ["run", "--stdin", "--assumptions", "$FOLDER"] + (random.chance(1, in: 2) ? ["--format", "json"] : []),
                              standardInput: overrides.bytes)
        case 3:
            input = FuzzInput(index: index, target: .commandLine, seed: "--batch lines", files: fixture,
                              arguments: ["run", "--batch", "--select", "x", "--assumptions", "$FOLDER"] + (random.chance(1, in: 3) ? ["--format", "json"] : []),
                              standardInput: overrideInput(&random).bytes)
        default:
            // A --set value: command-line arguments cannot hold NUL.
            let assignment = String(decoding: overrides.mutate(Array("rate=2.5".utf8), using: &random).filter { $0 != 0 }, as: UTF8.self)
            input = FuzzInput(index: index, target: .commandLine, seed: "a --set value", files: fixture,
                              arguments: ["run", "--set", assignment, "--assumptions", "$FOLDER", "--format", "json"])
        }
        return input
    }
}
