import Dynamics

/// Everything that can be wrong with an assumptions folder: its files, their keys and values,
/// and how they fit together. All of the loader's and the validator's wording lives here.
public enum AssumptionProblem: Problem, Hashable {
    // Files and folders.
    case noFolder(String)
    case fileTooLarge(path: String, megabytes: Int, limit: Int)
    case unreadableFile(String)
    case notUTF8(String)
    case noModelFiles(root: String)
    case noVariables(root: String)
    case noBase(root: String)
    case reservedScenarioName(String)
    case schemaNotWhole(found: String, current: Int)
    case schemaTooNew(file: String, version: String, current: Int)

    // Keys and values of an object. `context` names it: `parameter 'x'`, `the file`.
    case notAnObject(context: String, found: String)
    case unknownKey(String, context: String, hint: String)
    case missingKey(String, context: String, expected: String)
    case mistyped(key: String, context: String, expected: String, found: String)
    case notAnArray(key: String, expected: String, found: String)
    /// `what` is already worded: `'low' of parameter 'x'`.
    case notANumber(what: String, found: String)
    case nonFiniteNumber(what: String, value: Double)
    case invalidName(String)

    // Scenario files.
    case scenarioNamedDifferently(file: String, name: String, expected: String)
    case badQuarter(key: String, label: String)
    case yearOutOfRange(key: String, value: Double)
    case badEventQuarter(label: String)
    case unknownMethod(String, hint: String?)
    case timeUnit(String)
    case unknownDistribution(String, parameter: String, hint: String?)
    case parameterWithoutUnit(String)
    case parameterWithoutSource(String)
    case halfRange(String)
    case lowAboveHigh(String, low: Double, high: Double)
    case valueOutsideRange(String, value: Double, low: Double, high: Double)
    case lognormalNotPositive(String, low: Double)
    case distributionWithoutRange(String)
    case correlationWithoutParameters
    case correlationNames(count: Int)
    case correlationOutOfRange(Double)
    case correlationWithoutSource

    // Arrays.
    case noDimensions(context: String)
    case elementMissing(String)
    case dimensionDeclaredTwice(String, first: SourceLocation)
    case dimensionSize(String)
    case aliasNotAString(String)

    // Model files.
    case variableWithoutUnit(context: String)
    case equationMissing(key: String, context: String)

    // History files.
    case historyWithoutHeader(file: String)
    case rowLength(cells: Int, header: Int)
    case notADate(String)
    case notANumberInColumn(String, column: String)

    // The report layout.
    case milestoneThreshold(String)
    case chartScale(String)
    case tooManyColumns(key: String, count: Int)
    case loopPolarity(String)
    case loopNotClosed(String)
    case headlineBraceNotClosed
    case headlineTwoRanges(String)
    case headlinePlaceholder(String, hint: String?)

    // How the files fit together.
    case noTime
    case timeWithoutKey(String)
    case loopBroken(loop: String, source: String, target: String)
    case correlationUnknownParameter(String, hint: String?)
    case correlationNotDrawn(String)
    case parameterUnusedButNear(String, intended: String)
    case parameterUnused(String)
    case tableUnused(String)
    case extendsMissing(scenario: String, parent: String, hint: String)
    case extendsCircle([String])
    case tableNotInBase(scenario: String, table: String, hint: String?)
    case eventOutsideRun(at: String, first: String, last: String)
    case setsVariable(String)
    case unknownParameter(String, hint: String?)
    case unknownParameterElement(String, array: String, hint: String?)
    case reportNamesNonVariable(String, hint: String?)
    case backtestScoresNonVariable(String, hint: String?)
    case historyMissing(String, hint: String?)
    case historyColumnMissing(file: String, column: String, hint: String)

    // calibration.json5 and calibrated.json5.
    case notACutoff(String)
    case calibrationWithout(String)
    case freeParameterTwice(String, first: SourceLocation)
    case unknownChoice(String, key: String, choices: [String])
    case sigmaToEstimate(observation: String)
    case notPositive(key: String, value: Double)
    case rangeColumns
    case priorNeedsBoth(String)
    case priorRange(String, low: Double, high: Double)
    case priorValueOutside(String, value: Double, low: Double, high: Double)
    case priorWithoutSource(String)
    case calibrationScenario(String, hint: String?)
    case calibrationSeries(String, hint: String?)
    case calibrationHistory(String, hint: String?)
    case historyColumnNotNumeric(file: String, column: String)
    case freeParameterUnknown(String, hint: String?)
    case freeParameterWithoutPrior(String)
    case freeParameterIsDefinition(String)
    case freeParameterSetByScenario(String, scenario: String)
    case targetWithoutData(String, until: String)
    case calibratedParameterUnknown(String, hint: String?)
    case calibratedValueOutside(String, value: Double, low: Double, high: Double)
    case calibratedStale(file: String)
    case calibratedDrawsShape(names: Int, row: Int, found: Int)

    public var message: String {
        switch self {
        case .noFolder(let path): "no assumptions folder at '\(path)'"
        case .fileTooLarge(let path, let megabytes, let limit): "\(path) is \(megabytes) MB, over the \(limit) MB limit"
        case .unreadableFile(let path): "cannot read \(path)"
        case .notUTF8(let path): "\(path) is not UTF-8 text"
        case .noModelFiles(let root): "\(root) has no model files"
        case .noVariables(let root): "the model files of \(root) define no stocks, flows or auxiliaries"
        case .noBase(let root): "\(root) has no base.json5"
        case .reservedScenarioName(let name): "a scenario cannot be called '\(name)'"
        case .schemaNotWhole(let found, let current): "'schema' must be a whole number such as \(current), not \(found)"
        case .schemaTooNew(let file, let version, let current): "\(file) is written for schema \(version), but this forecast reads schema \(current)"

        case .notAnObject(let context, let found): "\(context) must be an object, not \(found)"
        case .unknownKey(let key, let context, _): "unknown key '\(key)' in \(context)"
        case .missingKey(let key, let context, _): "\(context) has no '\(key)'"
        case .mistyped(let key, let context, let expected, let found): "'\(key)' of \(context) must be \(expected), not \(found)"
        case .notAnArray(let key, let expected, let found): "'\(key)' must be \(expected), not \(found)"
        case .notANumber(let what, let found): "\(what) must be a number, not \(found)"
        case .nonFiniteNumber(let what, let value): "\(what) is \(value)"
        case .invalidName(let name): "'\(name)' is not a valid name"

        case .scenarioNamedDifferently(let file, let name, _): "the file \(file) names its scenario '\(name)'"
        case .badQuarter(let key, let label): "'\(key)' of 'time' must be a quarter such as \"2025Q1\", not \"\(label)\""
        case .yearOutOfRange(let key, let value): "'\(key)' of 'time' must be a year from 1 to 9999, not \(ExpressionPrinter.formatNumber(value))"
        case .badEventQuarter(let label): "'at' must be a quarter such as \"2027Q1\", not \"\(label)\""
        case .unknownMethod(let method, _): "unknown integration method '\(method)'"
        case .timeUnit(let unit): "the time unit must be \"year\", not \"\(unit)\""
        case .unknownDistribution(let text, let parameter, _): "unknown distribution '\(text)' for parameter '\(parameter)'"
        case .parameterWithoutUnit(let name): "parameter '\(name)' has no 'unit'"
        case .parameterWithoutSource(let name): "parameter '\(name)' has no 'source'"
        case .halfRange(let name): "parameter '\(name)' has only one end of its range"
        case .lowAboveHigh(let name, let low, let high): "parameter '\(name)' has low \(low) above high \(high)"
        case .valueOutsideRange(let name, let value, let low, let high): "parameter '\(name)' has value \(value) outside its range [\(low), \(high)]"
        case .lognormalNotPositive(let name, let low): "parameter '\(name)' is lognormal but its low \(low) is not positive"
        case .distributionWithoutRange(let name): "parameter '\(name)' has a distribution but no range"
        case .correlationWithoutParameters: "a correlation has no 'parameters'"
        case .correlationNames(let count): "a correlation names two different parameters, not \(count == 2 ? "the same one twice" : "\(count)")"
        case .correlationOutOfRange(let rank): "a rank correlation must lie strictly between -1 and 1, not \(rank)"
        case .correlationWithoutSource: "a correlation has no 'source'"

        case .noDimensions(let context): "\(context) lists no dimensions"
        case .elementMissing(let element): "\(element) is not given"
        case .dimensionDeclaredTwice(let name, let first): "dimension '\(name)' is declared twice (first at \(first))"
        case .dimensionSize(let name): "dimension '\(name)' must list its elements, or give its size as a whole number from 1"
        case .aliasNotAString(let name): "alias '\(name)' must name a variable or element as a string"
        case .variableWithoutUnit(let context): "\(context) has no 'unit'"
        case .equationMissing(let key, let context): "\(context) has no '\(key)'"

        case .historyWithoutHeader(let file): "\(file) has no header row"
        case .rowLength(let cells, let header): "row has \(cells) cells but the header has \(header)"
        case .notADate(let text): "'\(text)' is not a date"
        case .notANumberInColumn(let cell, let column): "'\(cell)' in column '\(column)' is not a number"

        case .milestoneThreshold(let name): "milestone '\(name)' needs exactly one of 'above' and 'below'"
        case .chartScale(let scale): "chart scale must be \"log\" or \"linear\", not \"\(scale)\""
        case .tooManyColumns(let key, let count): "'\(key)' lists \(count) series; a report table has at most \(ReportLimits.numericColumns) numeric columns"
        case .loopPolarity(let polarity): "loop polarity must be \"reinforcing\" or \"balancing\", not \"\(polarity)\""
        case .loopNotClosed(let name): "the path of loop '\(name)' must return to where it starts"
        case .headlineBraceNotClosed: "a '{' in the headline text is not closed"
        case .headlineTwoRanges(let target): "'{\(target)}' in the headline text has more than one '~'"
        case .headlinePlaceholder(let target, _): "'{\(target)}' in the headline text is neither series@time nor a milestone"

        case .noTime: "base.json5 has no 'time'"
        case .timeWithoutKey(let key): "'time' has no '\(key)'"
        case .loopBroken(let loop, let source, let target): "loop '\(loop)': '\(target)' does not depend on '\(source)' in the equations"
        case .correlationUnknownParameter(let name, _): "the correlation names the unknown parameter '\(name)'"
        case .correlationNotDrawn(let name): "the correlation names '\(name)', which Monte Carlo does not draw"
        case .parameterUnusedButNear(let name, let intended):
            "parameter '\(name)' is not used, but the equations read '\(intended)', which nothing defines"
        case .parameterUnused(let name): "parameter '\(name)' is not used by any equation"
        case .tableUnused(let name): "table '\(name)' is not used by any equation"
        case .extendsMissing(let scenario, let parent, _): "scenario '\(scenario)' extends '\(parent)', which does not exist"
        case .extendsCircle(let names): "scenarios extend each other in a circle: \(names.joined(separator: " -> "))"
        case .tableNotInBase(let scenario, let table, _): "scenario '\(scenario)' replaces table '\(table)', which base.json5 does not define"
        case .eventOutsideRun(let at, let first, let last): "the event at \(at) is outside the run, \(first)–\(last)"
        case .setsVariable(let name): "'\(name)' is a variable computed by the model, not a parameter"
        case .unknownParameter(let name, _): "unknown parameter '\(name)'"
        case .unknownParameterElement(let element, let array, _): "'\(array)' has no element '\(element)'"
        case .reportNamesNonVariable(let name, _): "the report names '\(name)', which is not a variable"
        case .backtestScoresNonVariable(let name, _): "the backtest scores '\(name)', which is not a variable"
        case .historyMissing(let file, _): "the backtest reads history/\(file), which does not exist"
        case .historyColumnMissing(let file, let column, _): "history/\(file) has no column '\(column)'"
        case .notACutoff(let text): "'\(text)' is not a cut-off date"
        case .calibrationWithout(let key): "the calibration has no \(key)"
        case .freeParameterTwice(let name, let first): "'\(name)' is listed twice (first at \(first))"
        case .unknownChoice(let text, let key, let choices): "'\(text)' is not a choice for '\(key)': \(choices.joined(separator: ", "))"
        case .sigmaToEstimate(let observation): "a \(observation) target needs a stated sigma; only a lognormal one can be estimated"
        case .notPositive(let key, let value): "'\(key)' must be above 0, not \(value)"
        case .rangeColumns: "a range target needs the columns 'low' and 'high'"
        case .priorNeedsBoth(let name): "the prior of '\(name)' needs both low and high"
        case .priorRange(let name, let low, let high): "the prior of '\(name)' has low \(low) not below high \(high)"
        case .priorValueOutside(let name, let value, let low, let high): "the prior of '\(name)' has value \(value) outside [\(low), \(high)]"
        case .priorWithoutSource(let name): "the prior of '\(name)' has no 'source'"
        case .calibrationScenario(let name, _): "the calibration fits scenario '\(name)', which does not exist"
        case .calibrationSeries(let name, _): "the calibration fits '\(name)', which is not a variable"
        case .calibrationHistory(let file, _): "the calibration reads history/\(file), which does not exist"
        case .historyColumnNotNumeric(let file, let column): "column '\(column)' of history/\(file) holds text, not numbers"
        case .freeParameterUnknown(let name, _): "the calibration frees '\(name)', which is not a parameter of base.json5"
        case .freeParameterWithoutPrior(let name): "'\(name)' has no range in base.json5 to take a prior from"
        case .freeParameterIsDefinition(let name): "'\(name)' is a fixed definition, not a number to fit"
        case .freeParameterSetByScenario(let name, let scenario): "'\(name)' is set by scenario '\(scenario)', so base.json5's range is not its prior"
        case .targetWithoutData(let label, let until): "the target \(label) has no observation inside the run before the cut-off \(until)"
        case .calibratedParameterUnknown(let name, _): "calibrated.json5 fits '\(name)', which is not a parameter"
        case .calibratedValueOutside(let name, let value, let low, let high): "calibrated value \(value) of '\(name)' lies outside its interval [\(low), \(high)]"
        case .calibratedStale(let file): "\(file) was fitted to other data or assumptions than these"
        case .calibratedDrawsShape(let names, let row, let found): "draw \(row) has \(found) values for \(names) parameters"
        }
    }

    public var hint: String? {
        switch self {
        case .noFolder(let path): "create one with `forecast init \(path)`"
        case .fileTooLarge: "assumption files are small text files"
        case .unreadableFile: nil
        case .notUTF8: "save it as UTF-8"
        case .noModelFiles, .noVariables: "add model/*.json5 with stocks, flows and auxiliaries"
        case .noBase: "create it, or start from `forecast init DIR`"
        case .reservedScenarioName: "rename the file"
        case .schemaNotWhole: nil
        case .schemaTooNew(_, _, let current): "update forecast, or write the file for schema \(current)"

        case .notAnObject: "write it as { key: value, … }"
        case .unknownKey(_, _, let hint): hint
        case .missingKey(let key, _, let expected): "add \(key): \(expected)"
        case .mistyped, .notAnArray, .notANumber: nil
        case .nonFiniteNumber: "give a finite number"
        case .invalidName: "use letters, digits and underscores, starting with a letter (snake_case)"

        case .scenarioNamedDifferently(_, _, let expected): "name it '\(expected)' to match the file name, or rename the file"
        case .badQuarter, .badEventQuarter: nil
        case .yearOutOfRange: "write a quarter such as \"2025Q1\", or a decimal year such as 2025.5"
        case .unknownMethod(_, let hint): hint ?? "use \"rk4\" or \"euler\""
        case .timeUnit: "write times in decimal years"
        case .unknownDistribution(_, _, let hint): hint ?? "use uniform, triangular, normal, lognormal or fixed"
        case .parameterWithoutUnit: "add unit: \"…\" (\"dimensionless\" for pure numbers)"
        case .parameterWithoutSource: "cite where the number comes from, or write source: \"judgement: <why>\""
        case .halfRange: "give both low and high, or neither"
        case .lowAboveHigh: "swap them"
        case .valueOutsideRange: "move the value into the range or widen the range"
        case .lognormalNotPositive: "use a positive range or another distribution"
        case .distributionWithoutRange: "add low and high"
        case .correlationWithoutParameters: "add parameters: [\"a\", \"b\"]"
        case .correlationNames, .correlationOutOfRange: nil
        case .correlationWithoutSource: "cite it, or write source: \"judgement: <why>\""

        case .noDimensions: "list them, e.g. dimensions: [\"employer\"]"
        case .elementMissing: "give every element a value, under elements"
        case .dimensionDeclaredTwice: "declare each dimension once, in one model file"
        case .dimensionSize: "e.g. employer: [\"closed\", \"open\"], or levels: 5"
        case .aliasNotAString: "e.g. researchers_closed: \"researchers[closed]\""
        case .variableWithoutUnit: "add unit: \"…\" (e.g. \"FLOP\", \"$/year\", \"dimensionless\")"
        case .equationMissing(let key, _): "add \(key): \"…\""

        case .historyWithoutHeader: "the first line names the columns, e.g. year,value"
        case .rowLength: "a cell that holds a comma needs double quotes around it"
        case .notANumberInColumn: "write a plain number such as 1.5e9, or leave the cell empty; words belong in the quality, source and note columns"
        case .notADate: "write 2024, 2024-12, 2024-12-31 or 2024Q4"

        case .milestoneThreshold: "e.g. above: 1e9"
        case .chartScale, .loopPolarity: nil
        case .tooManyColumns: "keep the \(ReportLimits.numericColumns) that answer the report's questions; the appendix shows every headline series"
        case .loopNotClosed: "e.g. [\"a\", \"b\", \"a\"]"
        case .headlineBraceNotClosed: "write placeholders as {series@2030Q4}"
        case .headlineTwoRanges: nil
        case .headlinePlaceholder(_, let hint): hint ?? "write {series@2030Q4} or {milestone_name}"

        case .noTime: "add time: { start: \"2025Q1\", end: \"2035Q4\", step: 0.0625, method: \"rk4\", unit: \"year\" }"
        case .timeWithoutKey(let key): "add \(key): …"
        case .loopBroken: "fix the loop's path in report.json5, or the equations"
        case .correlationUnknownParameter(_, let hint): hint
        case .correlationNotDrawn: "give it a range, or remove the correlation"
        case .parameterUnusedButNear(_, let intended): "did you mean '\(intended)'?"
        case .parameterUnused: "remove it, or use it in an equation"
        case .tableUnused(let name): "remove it, or call it as \(name)(x)"
        case .extendsMissing(_, _, let hint): hint
        case .extendsCircle: "one of them must extend \"base\""
        case .tableNotInBase(_, _, let hint): hint
        case .eventOutsideRun: "move it inside the run or remove it"
        case .setsVariable: "set one of the parameters its equation reads"
        case .unknownParameter(_, let hint): hint
        case .unknownParameterElement(_, let array, let hint): hint ?? "see the elements of '\(array)' in base.json5"
        case .reportNamesNonVariable(_, let hint), .backtestScoresNonVariable(_, let hint), .historyMissing(_, let hint): hint
        case .historyColumnMissing(_, _, let hint): hint
        case .notACutoff: "write a date such as \"2024-12-31\", a month \"2024-12\", a year \"2024\" or a quarter \"2024Q4\""
        case .calibrationWithout(let key): key == "targets" ? "add { series, history, column, observation, sigma }" : "name at least one parameter to fit"
        case .freeParameterTwice: "list each parameter once"
        case .unknownChoice(let text, _, let choices): Suggestion.hint(for: text, in: choices)
        case .sigmaToEstimate: "give sigma as a number in log10 units, e.g. 0.3"
        case .notPositive: nil
        case .rangeColumns: "e.g. low: \"range_low_usd\", high: \"range_high_usd\""
        case .priorNeedsBoth: "state the prior as { name, value, low, high, distribution, source }, or give just the name to take base.json5's"
        case .priorRange: "swap them"
        case .priorValueOutside: "move the value into the range"
        case .priorWithoutSource: "cite where the range comes from, or write source: \"judgement: <why>\""
        case .calibrationScenario(_, let hint), .calibrationSeries(_, let hint), .calibrationHistory(_, let hint),
             .freeParameterUnknown(_, let hint), .calibratedParameterUnknown(_, let hint): hint
        case .historyColumnNotNumeric: "quality, source and note hold text; fit a numeric column"
        case .freeParameterWithoutPrior: "give it low and high in base.json5, or state a prior here"
        case .freeParameterIsDefinition: "fit a parameter with a range"
        case .freeParameterSetByScenario: "state its prior here: { name, value, low, high, distribution, source }"
        case .targetWithoutData: "check the column, its 'where' and the run's start and end"
        case .calibratedValueOutside: "run forecast calibrate again"
        case .calibratedStale: "run `forecast calibrate` to refit, or restore the inputs it was fitted to"
        case .calibratedDrawsShape: "run forecast calibrate --method mcmc again"
        }
    }
}
