import Dynamics
import Scenarios

/// A part of a sharded job (`--shard I/K`), as `forecast merge` reads it back: what job it
/// belongs to (kind, digest of the inputs, seed, settings), which part, and the raw results of
/// its work items. Numbers are written in their shortest exact form, so merged parts give the
/// same bytes as the unsharded job.
public struct PartFile: Sendable {
    public var job: String
    public var shard: Shard
    public var digest: String
    public var seed: UInt64
    /// The job's settings, which every part of it must share.
    public var settings: JSONValue
    /// Each work item: its index and its results.
    public var items: [(index: Int, value: JSONValue)]

    public static let schema = "forecast.part/1"

    public init(job: String, shard: Shard, digest: String, seed: UInt64, settings: JSONValue, items: [(index: Int, value: JSONValue)]) {
        self.job = job
        self.shard = shard
        self.digest = digest
        self.seed = seed
        self.settings = settings
        self.items = items
    }

    /// The file's text: a header object, then one item per line.
    public var text: String {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value) }
        let header = JSONWriter.write(JSONValue(.object([
            member("schema", JSONValue(.string(Self.schema))), member("job", JSONValue(.string(job))),
            member("shard", JSONValue(.array([JSONValue(.number(Double(shard.index))), JSONValue(.number(Double(shard.count)))]))),
            member("digest", JSONValue(.string(digest))), member("seed", JSONValue(.number(Double(seed)))),
            member("settings", settings),
        ])), style: .compact)
        var text = String(header.dropLast()) + ",\"items\":["
        for (k, item) in items.enumerated() {
            text += (k == 0 ? "\n" : ",\n") + JSONWriter.write(JSONValue(.object([
                member("index", JSONValue(.number(Double(item.index)))), member("value", item.value),
            ])), style: .compact)
        }
        return text + "\n]}\n"
    }

    /// Reads a part file; problems are located in `file`.
    public static func read(_ text: String, file: String) throws(DiagnosticList) -> PartFile {
        let root: JSONValue
        do {
            root = try JSON5Reader.parse(text, file: file)
        } catch {
            throw DiagnosticList([error])
        }
        func fail(_ what: String, _ at: JSONValue?) -> DiagnosticList {
            DiagnosticList([Diagnostic(.error, AnalysisProblem.badPart(file: file, what: what),
                                       at: SourceLocation(file: file, position: (at ?? root).position))])
        }
        guard root["schema"]?.string == schema else { throw fail("it is not a forecast part file (schema \(schema))", root["schema"]) }
        guard let job = root["job"]?.string else { throw fail("it has no job", nil) }
        guard let pair = root["shard"]?.array, pair.count == 2, let i = pair[0].number, let k = pair[1].number, i >= 1, i <= k else {
            throw fail("its shard is not [I, K]", root["shard"])
        }
        guard let digest = root["digest"]?.string, let seed = root["seed"]?.number, let settings = root["settings"] else {
            throw fail("it lacks its digest, seed or settings", nil)
        }
        guard let list = root["items"]?.array else { throw fail("it has no items", nil) }
        var items: [(Int, JSONValue)] = []
        for entry in list {
            guard let index = entry["index"]?.number, let value = entry["value"] else { throw fail("an item lacks its index or value", entry) }
            items.append((Int(index), value))
        }
        return PartFile(job: job, shard: Shard(index: Int(i), count: Int(k)), digest: digest, seed: UInt64(seed), settings: settings, items: items)
    }

    /// Joins the parts of one job: the same job, digest, seed and settings, every part of K
    /// present once. Returns the items in index order.
    public static func merge(_ parts: [(file: String, part: PartFile)]) throws(DiagnosticList) -> (first: PartFile, items: [JSONValue]) {
        guard let first = parts.first?.part else { throw DiagnosticList([Diagnostic(.error, AnalysisProblem.noParts)]) }
        var seen: [Int: String] = [:]
        for (file, part) in parts {
            guard part.job == first.job, part.digest == first.digest, part.seed == first.seed, JSONWriter.write(part.settings, style: .compact) == JSONWriter.write(first.settings, style: .compact),
                  part.shard.count == first.shard.count else {
                throw DiagnosticList([Diagnostic(.error, AnalysisProblem.partsDiffer(file: file, first: parts[0].file))])
            }
            if let other = seen[part.shard.index] {
                throw DiagnosticList([Diagnostic(.error, AnalysisProblem.partTwice(part.shard.index, first.shard.count, file: file, other: other))])
            }
            seen[part.shard.index] = file
        }
        let missing = (1...first.shard.count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw DiagnosticList([Diagnostic(.error, AnalysisProblem.partsMissing(missing, of: first.shard.count))])
        }
        let items = parts.flatMap(\.part.items).sorted { $0.index < $1.index }
        return (first, items.map(\.value))
    }
}

extension PartFile {
    /// The part of an MCMC calibration: one item per chain group.
    public static func mcmc(groups: [Int], results: [MCMCResult], shard: Shard, digest: String,
                            settings: CalibrationSettings) -> PartFile {
        func numbers(_ xs: [Double]) -> JSONValue { JSONValue(.array(xs.map { JSONValue(.number($0)) })) }
        let items = zip(groups, results).map { group, result in
            (group, JSONValue(.object([
                .init(key: "draws", value: JSONValue(.array(result.draws.map { chain in JSONValue(.array(chain.map(numbers))) }))),
                .init(key: "log_density", value: JSONValue(.array(result.logDensity.map(numbers)))),
                .init(key: "acceptance", value: numbers(result.acceptanceRate)),
                .init(key: "evaluations", value: JSONValue(.number(Double(result.evaluations)))),
            ])))
        }
        return PartFile(job: "calibrate-mcmc", shard: shard, digest: digest, seed: settings.seed, settings: settings.json, items: items)
    }

    /// The chain groups of merged MCMC items.
    public static func mcmcResults(_ items: [JSONValue]) -> [MCMCResult]? {
        func numbers(_ value: JSONValue?) -> [Double]? { value?.array?.compactMap(\.number) }
        var results: [MCMCResult] = []
        for item in items {
            guard let draws = item["draws"]?.array?.map({ $0.array?.compactMap(numbers) ?? [] }),
                  let density = item["log_density"]?.array?.compactMap(numbers), let acceptance = numbers(item["acceptance"]),
                  let evaluations = item["evaluations"]?.number else { return nil }
            results.append(MCMCResult(draws: draws, logDensity: density, acceptanceRate: acceptance, evaluations: Int(evaluations)))
        }
        return results
    }
}

extension CalibrationSettings {
    /// The settings a part file records, so parts of different runs are not merged.
    var json: JSONValue {
        JSONValue(.object([
            .init(key: "groups", value: JSONValue(.number(Double(groups)))),
            .init(key: "chains_per_group", value: JSONValue(.number(Double(chainsPerGroup)))),
            .init(key: "warmup", value: JSONValue(.number(Double(warmup)))),
            .init(key: "generations", value: JSONValue(.number(Double(generations)))),
            .init(key: "thin", value: JSONValue(.number(Double(thin)))),
        ]))
    }
}
