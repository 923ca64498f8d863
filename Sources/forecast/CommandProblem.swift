import Dynamics

/// Everything the command line itself can find wrong: usage mistakes (exit 2) and problems
/// with what a command was asked to do (exit 1). All of its wording lives here.
enum CommandProblem: Problem, Hashable {
    // Usage.
    case unknownCommand(String, hint: String)
    case unknownShortOption(String, command: String)
    case unknownOption(String, command: String, hint: String)
    case takesNoValue(String)
    case needsValue(String, placeholder: String)
    case givenTwice(String)
    case needsPositionals(command: String, names: [String], example: String)
    case unexpectedArgument(String, command: String)
    case notAChoice(option: String, choices: [String], found: String, hint: String?)
    case notAQuarter(option: String, found: String)
    case notACount(option: String, minimum: Int, found: String, example: String)
    case notASeed(String)
    case notAPercentile(String)
    case percentileTwice(String)
    case setNeedsNameValue(String)
    case conflictingOptions(String, String, hint: String)
    case formatNotForBatch(String)
    case emptyPath(option: String)
    case listKind(String, hint: String?)
    case exportNeedsFile

    // Input.
    case setValueNotNumber(name: String, text: String)
    case windowOutsideRun(from: String, to: String, first: String, last: String)
    case windowReversed(from: String, to: String)
    case batchLinesFailed(Int)
    case noBacktest(root: String)
    case unknownScenarioInList(String, hint: String?)
    case reportQuarterOutsideRun(quarter: String, first: String, last: String, lastChoice: String)
    case cannotWriteReport(folder: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case missingDirectory(path: String, directory: String)
    /// `what` names the file wanted: `an .xmile or .stmx file`.
    case noFile(String, what: String)
    case alreadyExists(String)
    case cannotWriteFolder(String, reason: String)
    case unexpected(String)
    case calibrateNeedsFolder
    case notAShard(String)

    var isUsage: Bool {
        switch self {
        case .unknownCommand, .unknownShortOption, .unknownOption, .takesNoValue, .needsValue, .givenTwice, .needsPositionals,
             .unexpectedArgument, .notAChoice, .notAQuarter, .notACount, .notASeed, .notAPercentile, .percentileTwice,
             .setNeedsNameValue, .conflictingOptions, .formatNotForBatch, .emptyPath, .listKind, .exportNeedsFile, .notAShard: true
        default: false
        }
    }

    var message: String {
        switch self {
        case .unknownCommand(let name, _): "unknown command '\(name)'"
        case .unknownShortOption(let option, let command): "unknown option '\(option)' for `forecast \(command)`"
        case .unknownOption(let option, let command, _): "unknown option '--\(option)' for `forecast \(command)`"
        case .takesNoValue(let option): "'--\(option)' takes no value"
        case .needsValue(let option, let placeholder): "'--\(option)' needs a value: --\(option) \(placeholder)"
        case .givenTwice(let option): "'--\(option)' is given twice"
        case .needsPositionals(let command, let names, _): "`forecast \(command)` needs \(names.joined(separator: " "))"
        case .unexpectedArgument(let argument, let command): "unexpected argument '\(argument)' for `forecast \(command)`"
        case .notAChoice(let option, let choices, let found, _): "'--\(option)' must be one of \(choices.joined(separator: ", ")), not '\(found)'"
        case .notAQuarter(let option, let found): "--\(option) must be a quarter such as 2027Q1, not '\(found)'"
        case .notACount(let option, let minimum, let found, _): "--\(option) must be a whole number of at least \(minimum), not '\(found)'"
        case .notASeed(let found): "--seed must be a whole number from 0 to 9007199254740991 (2^53 - 1), not '\(found)'"
        case .notAPercentile(let item): "--percentiles takes numbers from 0 to 100 separated by commas; '\(item)' is not one"
        case .percentileTwice(let item): "--percentiles gives \(item) twice"
        case .setNeedsNameValue(let assignment): "--set needs NAME=VALUE, not '\(assignment)'"
        case .conflictingOptions(let a, let b, _): "--\(a) and --\(b) cannot be used together"
        case .formatNotForBatch(let format): "--batch writes JSON Lines, so --format \(format) cannot be used with it"
        case .emptyPath(let option): "\(option) is an empty path"
        case .listKind(let found, _): "`forecast list` lists scenarios, parameters or variables, not '\(found)'"
        case .exportNeedsFile: "`forecast export` needs --xmile FILE"

        case .setValueNotNumber(let name, let text): "--set \(name)=\(text): '\(text)' is not a number"
        case .windowOutsideRun(let from, let to, _, _): "no saved times between --from \(from) and --to \(to)"
        case .windowReversed(let from, let to): "--from \(from) comes after --to \(to)"
        case .batchLinesFailed(let count): "\(count) batch line\(count == 1 ? "" : "s") failed; see the forecast.error/1 lines in the output"
        case .noBacktest(let root): "\(root) has no backtest.json5"
        case .calibrateNeedsFolder: "`forecast calibrate` writes calibrated.json5 into an assumptions folder, and the built-in defaults are not one"
        case .notAShard(let text): "--shard takes I/K with 1 ≤ I ≤ K, not '\(text)'"
        case .unknownScenarioInList(let name, _): "unknown scenario '\(name)' in --scenarios"
        case .reportQuarterOutsideRun(let quarter, let first, let last, _): "the report's quarter \(quarter) is outside the model's run, \(first) to \(last)"
        case .cannotWriteReport(let folder, let reason): "cannot write the report to '\(folder)': \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .missingDirectory(let path, let directory): "cannot write '\(path)': the folder '\(directory)' does not exist"
        case .noFile(let path, _): "no file at '\(path)'"
        case .alreadyExists(let path): "'\(path)' already exists"
        case .cannotWriteFolder(let path, let reason): "cannot write to '\(path)': \(reason)"
        case .unexpected(let text): text
        }
    }

    var hint: String? {
        switch self {
        case .unknownCommand(_, let hint): hint
        case .unknownShortOption(_, let command): "options start with two dashes; see `forecast \(command) --help`"
        case .unknownOption(_, _, let hint): hint
        case .takesNoValue, .needsValue, .unexpected: nil
        case .givenTwice: "give it once"
        case .needsPositionals(_, _, let example): "e.g. \(example)"
        case .unexpectedArgument(_, let command): "see `forecast \(command) --help`"
        case .notAChoice(_, _, _, let hint): hint
        case .notAQuarter: nil
        case .notACount(_, _, _, let example): "e.g. \(example)"
        case .notASeed: "e.g. --seed 42"
        case .notAPercentile: "e.g. --percentiles 10,50,90"
        case .percentileTwice: "give each percentile once"
        case .setNeedsNameValue: "e.g. --set hardware_growth=1.25"
        case .conflictingOptions(_, _, let hint): hint
        case .formatNotForBatch: "leave --format out, or use --format json"
        case .emptyPath: "give a path"
        case .listKind(_, let hint): hint
        case .exportNeedsFile: "e.g. forecast export --xmile base.xmile"

        case .setValueNotNumber(let name, _): "e.g. --set \(name)=1.25"
        case .windowOutsideRun(_, _, let first, let last): "the run covers \(first) to \(last)"
        case .windowReversed: "give the earlier quarter to --from"
        case .batchLinesFailed: nil
        case .noBacktest: "add one; see the README"
        case .calibrateNeedsFolder: "run `forecast init assumptions` first, or add --dry-run to fit without writing"
        case .notAShard: "e.g. --shard 1/4 runs the first of four parts"
        case .unknownScenarioInList(_, let hint): hint
        case .reportQuarterOutsideRun(_, let first, _, let lastChoice):
            "choose a quarter from \(first) to \(lastChoice), or change time in base.json5"
        case .cannotWriteReport, .cannotWriteFolder: nil
        case .cannotWrite: "check that the path names a file in a folder you can write to"
        case .missingDirectory: "create the folder first, or write somewhere that exists"
        case .noFile(_, let what): "give the path of \(what)"
        case .alreadyExists: "choose a new folder, or add --force to overwrite it"
        }
    }
}
