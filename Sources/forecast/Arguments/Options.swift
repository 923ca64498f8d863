import Analysis
import Scenarios

/// The output formats commands write.
enum OutputFormat: String, CaseIterable {
    case table, json, csv
}

/// Typed values of the options several commands share, each read by one rule.
extension ParsedArguments {
    /// `--format`: the parser has checked it against the command's choices; absent, the
    /// command's first choice.
    func format(default fallback: OutputFormat) -> OutputFormat {
        value("format").flatMap(OutputFormat.init(rawValue:)) ?? fallback
    }

    /// `--every`: quarter, year or step.
    func sampling(default fallback: Sampling) -> Sampling {
        value("every").flatMap(Sampling.init(rawValue:)) ?? fallback
    }

    /// A quarter option such as `--from 2027Q1`.
    func quarter(_ option: String) throws(UsageError) -> Quarter? {
        guard let text = value(option) else { return nil }
        guard let quarter = Quarter(text) else { throw UsageError(problem: .notAQuarter(option: option, found: text)) }
        return quarter
    }

    /// A whole-number option of at least `minimum`: `--runs`, `--depth`.
    func count(_ option: String, minimum: Int, default fallback: Int, example: String) throws(UsageError) -> Int {
        guard let text = value(option) else { return fallback }
        guard let value = Int(text), value >= minimum else {
            throw UsageError(problem: .notACount(option: option, minimum: minimum, found: text, example: example))
        }
        return value
    }

    /// `--seed`: 0 to 2^53 − 1, the largest whole number every JSON reader keeps exactly.
    func seed() throws(UsageError) -> UInt64 {
        guard let text = value("seed") else { return 1 }
        guard let value = UInt64(text), value < 1 << 53 else { throw UsageError(problem: .notASeed(text)) }
        return value
    }

    /// `--percentiles 10,50,90`: each from 0 to 100, none twice.
    func percentiles() throws(UsageError) -> [Double] {
        guard let text = value("percentiles") else { return [10, 50, 90] }
        var values: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(item), value.isFinite, value >= 0, value <= 100 else {
                throw UsageError(problem: .notAPercentile(item))
            }
            guard !values.contains(value) else { throw UsageError(problem: .percentileTwice(item)) }
            values.append(value)
        }
        return values
    }

    /// `--shard I/K`: part I (from 1) of K.
    func shard() throws(UsageError) -> Shard? {
        guard let text = value("shard") else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000, index >= 1, index <= count else {
            throw UsageError(problem: .notAShard(text))
        }
        return Shard(index: index, count: count)
    }

    /// A path option that must not be empty when given.
    func path(_ option: String) throws(UsageError) -> String? {
        guard let text = value(option) else { return nil }
        guard !text.isEmpty else { throw UsageError(problem: .emptyPath(option: "--\(option)")) }
        return text
    }
}
