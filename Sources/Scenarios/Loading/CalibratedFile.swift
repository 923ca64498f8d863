import Dynamics

/// `calibrated.json5`, written by `forecast calibrate`: the fitted values with their 95%
/// intervals, where they apply, the data cut-off, the digest of the inputs they came from, the
/// fit statistics, and the posterior draws when MCMC ran.
///
/// Resolution reads it between base and the scenarios: base → calibrated → scenario →
/// overrides. A value fitted in place of one the fitted scenario sets itself applies to that
/// scenario only, after its own settings.
public struct Calibrated: Sendable {
    public struct Value: Sendable, Hashable {
        public var name: String
        public var value: Double
        /// The 95% interval (likelihood profile, or posterior 2.5–97.5 percentiles).
        public var low: Double
        public var high: Double
        /// nil: every scenario; else only the named scenario (and those that extend it).
        public var scenario: String?

        public init(name: String, value: Double, low: Double, high: Double, scenario: String? = nil) {
            self.name = name
            self.value = value
            self.low = low
            self.high = high
            self.scenario = scenario
        }
    }

    /// Joint posterior draws: one row per draw, one column per name.
    public struct Draws: Sendable, Hashable {
        public var names: [String]
        public var rows: [[Double]]

        public init(names: [String], rows: [[Double]]) {
            self.names = names
            self.rows = rows
        }
    }

    public var method: String
    public var scenario: String
    public var until: String
    public var digest: String
    public var seed: UInt64
    public var values: [Value]
    /// Statistics as written (per target), kept as JSON for reports to show.
    public var fit: JSONValue
    public var correlations: JSONValue
    public var draws: Draws?
    /// Where the file is, and where each value is in it (for messages).
    public var file: String = "calibrated.json5"
    public var locations: [String: SourceLocation] = [:]
    public var digestLocation: SourceLocation?

    public init(method: String, scenario: String, until: String, digest: String, seed: UInt64, values: [Value],
                fit: JSONValue, correlations: JSONValue, draws: Draws?) {
        self.method = method
        self.scenario = scenario
        self.until = until
        self.digest = digest
        self.seed = seed
        self.values = values
        self.fit = fit
        self.correlations = correlations
        self.draws = draws
    }

    /// The fitted value of `name`, if any.
    public func value(of name: String) -> Value? { values.first { $0.name == name } }

    // MARK: - Reading

    static func read(_ root: JSONValue, file: String, problems: inout [Diagnostic]) -> Calibrated? {
        guard let reader = ObjectReader(root, file: file, context: "calibrated.json5", problems: &problems) else { return nil }
        reader.rejectUnknownKeys(["schema", "method", "scenario", "until", "digest", "seed", "parameters", "correlations", "fit", "draws"],
                                 problems: &problems)
        SchemaVersion.check(reader, problems: &problems)
        let count = problems.count
        let method = reader.string("method", required: true, problems: &problems) ?? ""
        let scenario = reader.string("scenario", required: true, problems: &problems) ?? ""
        let until = reader.string("until", required: true, problems: &problems) ?? ""
        let digest = reader.string("digest", required: true, problems: &problems) ?? ""
        let seed = reader.number("seed", problems: &problems).map { UInt64(max(0, min($0, 9e15))) } ?? 1
        var calibrated = Calibrated(method: method, scenario: scenario, until: until, digest: digest, seed: seed, values: [],
                                    fit: reader.value["fit"] ?? JSONValue(.array([])),
                                    correlations: reader.value["correlations"] ?? JSONValue(.null), draws: nil)
        calibrated.file = file
        calibrated.digestLocation = reader.value["digest"].map { reader.location(of: $0) }
        if let parameters = reader.object("parameters", context: "'parameters'", required: true, problems: &problems) {
            for member in parameters.members {
                guard let entry = ObjectReader(member.value, file: file, context: "fitted '\(member.key)'", problems: &problems) else { continue }
                entry.rejectUnknownKeys(["value", "low", "high", "scenario", "prior", "source"], problems: &problems)
                guard let value = entry.number("value", required: true, problems: &problems),
                      let low = entry.number("low", required: true, problems: &problems),
                      let high = entry.number("high", required: true, problems: &problems) else { continue }
                let location = SourceLocation(file: file, position: member.keyPosition)
                if value < low || value > high {
                    problems.append(Diagnostic(.error, AssumptionProblem.calibratedValueOutside(member.key, value: value, low: low, high: high), at: location))
                }
                calibrated.values.append(Value(name: member.key, value: value, low: low, high: high,
                                               scenario: entry.string("scenario", problems: &problems)))
                calibrated.locations[member.key] = location
            }
        }
        if let draws = reader.object("draws", context: "'draws'", problems: &problems) {
            draws.rejectUnknownKeys(["names", "values"], problems: &problems)
            let names = draws.strings("names", problems: &problems) ?? []
            var rows: [[Double]] = []
            for (k, row) in ObjectReader.elements(of: draws.value["values"] ?? JSONValue(.array([])), key: "values", file: file,
                                                   problems: &problems).enumerated() {
                let numbers = ObjectReader.elements(of: row, key: "values", expected: "an array of numbers", file: file, problems: &problems)
                    .compactMap { ObjectReader.finiteNumber($0, file: file, what: "a draw", problems: &problems) }
                guard numbers.count == names.count else {
                    problems.append(Diagnostic(.error, AssumptionProblem.calibratedDrawsShape(names: names.count, row: k + 1, found: numbers.count),
                                               at: SourceLocation(file: file, position: row.position)))
                    continue
                }
                rows.append(numbers)
            }
            calibrated.draws = Draws(names: names, rows: rows)
        }
        return problems.count == count ? calibrated : nil
    }

    // MARK: - Writing

    /// The file's text: JSON5 with a header comment, each posterior draw on one line.
    /// `priors` gives each value's prior range and source, written beside it for readers.
    public func text(priors: [String: (low: Double, high: Double, source: String?)]) -> String {
        func string(_ s: String) -> JSONValue { JSONValue(.string(s)) }
        func number(_ x: Double) -> JSONValue { JSONValue(.number(x)) }
        func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
            JSONValue(.object(pairs.map { JSONValue.Member(key: $0.0, value: $0.1) }))
        }
        let parameters = object(values.map { value in
            var pairs: [(String, JSONValue)] = [("value", number(value.value)), ("low", number(value.low)), ("high", number(value.high))]
            if let scenario = value.scenario { pairs.append(("scenario", string(scenario))) }
            if let prior = priors[value.name] {
                pairs.append(("prior", JSONValue(.array([number(prior.low), number(prior.high)]))))
                if let source = prior.source { pairs.append(("source", string(source))) }
            }
            return (value.name, object(pairs))
        })
        var members: [(String, JSONValue)] = [
            ("schema", number(1)), ("method", string(method)), ("scenario", string(scenario)), ("until", string(until)),
            ("digest", string(digest)), ("seed", number(Double(seed))), ("parameters", parameters),
            ("correlations", correlations), ("fit", fit),
        ]
        var body = JSONWriter.write(object(members), style: .pretty)
        if let draws {
            members = []
            // Each draw on a line of its own: thousands of draws stay readable and diffable.
            var block = ",\n  \"draws\": {\n    \"names\": " + JSONWriter.write(JSONValue(.array(draws.names.map(string))), style: .compact)
                + ",\n    \"values\": ["
            for (k, row) in draws.rows.enumerated() {
                block += (k == 0 ? "\n      " : ",\n      ") + JSONWriter.write(JSONValue(.array(row.map(number))), style: .compact)
            }
            block += draws.rows.isEmpty ? "]\n  }" : "\n    ]\n  }"
            body = String(body.dropLast(2)) + block + "\n}"
        }
        return """
            // Written by `forecast calibrate` from calibration.json5 and the history up to \(until).
            // Do not edit: run `forecast calibrate` again. Values apply between base.json5 and the
            // scenarios; `low` and `high` are each value's 95% interval.

            """ + body + "\n"
    }
}
