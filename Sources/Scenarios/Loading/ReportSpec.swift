import Dynamics

/// `report.json5`: what the quarterly report and `run` show by default.
public struct ReportSpec: Sendable {
    /// The series `run` prints when no `--select` is given, and the report's key indicators.
    public var headline: [String] = []
    public var milestones: [MilestoneSpec] = []
    public var charts: [ChartSpec] = []
    /// Sentences of the report's headline, with placeholders (see `HeadlineTemplate`).
    public var headlineText: [HeadlineTemplate] = []
    /// The feedback loops drawn in the report, each checked against the equations.
    public var loops: [LoopSpec] = []
    /// Indicators compared across scenarios (default: the first six headline series).
    public var scenarioTable: [String] = []
    /// The few indicators that answer the report's questions: the body's yearly table, its
    /// uncertainty table and its tornado charts (default: the first six headline series).
    public var keyIndicators: [String] = []
    /// Short names for series in tables and charts (default: the name with spaces).
    public var labels: [String: String] = [:]
    /// The report's title, before ", 2026Q4", and a paragraph introducing what it forecasts.
    public var title: String = "Outlook"
    public var introduction: String?
    /// Origins at which the report's Backtest section refits the calibration with the data up
    /// to the origin only and scores the forecast after it (e.g. `["2022Q4"]`).
    public var backtestOrigins: [String] = []

    static func read(_ root: JSONValue, file: String, problems: inout [Diagnostic]) -> (ReportSpec, [String: SourceLocation]) {
        var spec = ReportSpec()
        var references: [String: SourceLocation] = [:]
        guard let reader = ObjectReader(root, file: file, context: "the report file", problems: &problems) else { return (spec, references) }
        reader.rejectUnknownKeys(["schema", "headline", "milestones", "charts", "headline_text", "loops", "scenario_table", "title", "introduction",
                                   "backtest_origins", "key_indicators", "labels"], problems: &problems)
        if let title = reader.string("title", problems: &problems) { spec.title = title }
        spec.introduction = reader.string("introduction", problems: &problems)
        SchemaVersion.check(reader, problems: &problems)
        if let values = reader.value["headline"]?.array {
            for value in values {
                if let name = value.string {
                    spec.headline.append(name)
                    references[name] = reader.location(of: value)
                }
            }
        }
        _ = reader.strings("headline", problems: &problems)
        if let milestones = reader.object("milestones", context: "'milestones'", problems: &problems) {
            for member in milestones.members {
                guard let entry = ObjectReader(member.value, file: file, context: "milestone '\(member.key)'", problems: &problems) else { continue }
                entry.rejectUnknownKeys(["series", "above", "below", "label"], problems: &problems)
                guard let series = entry.string("series", required: true, problems: &problems) else { continue }
                references[series] = entry.location(of: entry.value["series"]!)
                let above = entry.number("above", problems: &problems), below = entry.number("below", problems: &problems)
                guard (above == nil) != (below == nil) else {
                    problems.append(Diagnostic(.error, AssumptionProblem.milestoneThreshold(member.key), at: entry.location))
                    continue
                }
                spec.milestones.append(MilestoneSpec(name: member.key, series: series, threshold: above ?? below!,
                                                     isAbove: above != nil, label: entry.string("label", problems: &problems) ?? member.key))
            }
        }
        if let charts = reader.value["charts"] {
            for value in ObjectReader.elements(of: charts, key: "charts", file: file, problems: &problems) {
                guard let entry = ObjectReader(value, file: file, context: "a chart", problems: &problems) else { continue }
                entry.rejectUnknownKeys(["name", "title", "series", "scale", "caption", "y_label", "appendix"], problems: &problems)
                guard let name = entry.string("name", required: true, problems: &problems),
                      let series = entry.strings("series", problems: &problems) else { continue }
                for (k, element) in (entry.value["series"]?.array ?? []).enumerated() where k < series.count {
                    references[series[k]] = entry.location(of: element)
                }
                let scale = entry.string("scale", problems: &problems)
                if let scale, !["log", "linear"].contains(scale) {
                    problems.append(Diagnostic(.error, AssumptionProblem.chartScale(scale), at: entry.location(of: entry.value["scale"]!)))
                }
                spec.charts.append(ChartSpec(name: name, title: entry.string("title", problems: &problems) ?? name, series: series,
                                             logScale: scale.map { $0 == "log" }, caption: entry.string("caption", problems: &problems),
                                             yLabel: entry.string("y_label", problems: &problems),
                                             inAppendix: entry.bool("appendix", problems: &problems) ?? false))
            }
        }
        spec.scenarioTable = seriesList("scenario_table", reader, &references, &problems)
        spec.keyIndicators = seriesList("key_indicators", reader, &references, &problems)
        if let labels = reader.object("labels", context: "'labels'", problems: &problems) {
            for member in labels.members {
                guard let label = labels.string(member.key, problems: &problems) else { continue }
                spec.labels[member.key] = label
                references[member.key] = references[member.key] ?? labels.location(of: member.value)
            }
        }
        for value in reader.value["backtest_origins"]?.array ?? [] {
            guard let origin = value.string else { continue }
            if CalibrationSpec.cutoff(origin) == nil {
                problems.append(Diagnostic(.error, AssumptionProblem.notACutoff(origin), at: reader.location(of: value)))
            } else {
                spec.backtestOrigins.append(origin)
            }
        }
        _ = reader.strings("backtest_origins", problems: &problems)
        let milestoneNames = Set(spec.milestones.map(\.name))
        for value in reader.value["headline_text"]?.array ?? [] {
            guard let text = value.string else { continue }
            do {
                let template = try HeadlineTemplate(text, milestones: milestoneNames)
                spec.headlineText.append(template)
                for name in template.seriesNames where references[name] == nil { references[name] = reader.location(of: value) }
            } catch {
                var problem = error
                problem.location = reader.location(of: value)
                problems.append(problem)
            }
        }
        _ = reader.strings("headline_text", problems: &problems)
        if let loops = reader.value["loops"] {
            for value in ObjectReader.elements(of: loops, key: "loops", file: file, problems: &problems) {
                guard let entry = ObjectReader(value, file: file, context: "a loop", problems: &problems) else { continue }
                entry.rejectUnknownKeys(["name", "polarity", "path", "doc"], problems: &problems)
                guard let name = entry.string("name", required: true, problems: &problems),
                      let path = entry.strings("path", problems: &problems) else { continue }
                let polarity = entry.string("polarity", required: true, problems: &problems) ?? "reinforcing"
                if !["reinforcing", "balancing"].contains(polarity) {
                    problems.append(Diagnostic(.error, AssumptionProblem.loopPolarity(polarity), at: entry.location(of: entry.value["polarity"]!)))
                }
                if path.count < 2 || path.first != path.last {
                    problems.append(Diagnostic(.error, AssumptionProblem.loopNotClosed(name), at: entry.location))
                }
                for (k, element) in (entry.value["path"]?.array ?? []).enumerated() where k < path.count {
                    references[path[k]] = references[path[k]] ?? entry.location(of: element)
                }
                spec.loops.append(LoopSpec(name: name, isReinforcing: polarity == "reinforcing", path: path,
                                           doc: entry.string("doc", problems: &problems), location: entry.location))
            }
        }
        return (spec, references)
    }
}

/// Limits that keep the report's tables inside a 980-pixel column.
public enum ReportLimits {
    public static let numericColumns = 6
}

extension ReportSpec {
    /// A list of series names under `key`, each remembered where it is written; more than a
    /// table holds is an error at the list.
    static func seriesList(_ key: String, _ reader: ObjectReader, _ references: inout [String: SourceLocation],
                           _ problems: inout [Diagnostic]) -> [String] {
        var names: [String] = []
        for value in reader.value[key]?.array ?? [] {
            if let name = value.string {
                names.append(name)
                references[name] = references[name] ?? reader.location(of: value)
            }
        }
        _ = reader.strings(key, problems: &problems)
        if names.count > ReportLimits.numericColumns, let list = reader.value[key] {
            problems.append(Diagnostic(.error, AssumptionProblem.tooManyColumns(key: key, count: names.count), at: reader.location(of: list)))
        }
        return names
    }
}

/// A feedback loop: a path of variables, each influencing the next, back to the first.
public struct LoopSpec: Hashable, Sendable {
    public var name: String
    public var isReinforcing: Bool
    public var path: [String]
    public var doc: String?
    var location: SourceLocation
}

/// The first saved quarter at which a series is above (or below) a threshold.
public struct MilestoneSpec: Hashable, Sendable {
    public var name: String
    public var series: String
    public var threshold: Double
    public var isAbove: Bool
    public var label: String
}

/// One chart of the report.
public struct ChartSpec: Hashable, Sendable {
    public var name: String
    public var title: String
    public var series: [String]
    /// Nil: chosen from the data (log when values span orders of magnitude).
    public var logScale: Bool?
    public var caption: String?
    public var yLabel: String?
    /// Drawn in the appendix rather than the report's body.
    public var inAppendix: Bool = false
}
