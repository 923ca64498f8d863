import Dynamics

/// Everything that can be wrong with an XMILE file, as data; the wording of every message lives
/// here.
enum XMILEProblem: Problem {
    // The XML itself.
    case unreadable(reason: String)
    case invalidUTF8(UInt8)
    case nulByte
    case nestedTooDeep(limit: Int)
    case malformedXML(String)
    case recoveredXML(String)
    case emptyFile
    case notXMILE(root: String)
    case noModel
    case noSimSpecs
    case noVariables

    // Features outside what the importer supports.
    case notSupported(feature: String, line: Int)

    // Simulation specifications.
    case missingTime(String)
    case badNumber(text: String, element: String)
    case nonPositiveStep(Double)
    case unknownMethod(String)
    case methodFallback(requested: String, used: String)
    case saveIntervalNotMultiple(saveInterval: Double, dt: Double)
    case vensimExportMethod

    // Variables.
    case missingName(element: String)
    case duplicateName(String, firstLine: Int)
    case missingEquation(kind: String, name: String)
    case emptyEquation(name: String)
    case equationTooLarge(name: String, limit: Int)
    case badNonNegative(String)
    case moduleWithoutModel(String)
    case modulesTooDeep(String)
    case macrosTooDeep(String)
    case unknownConnection(String, hint: String?)
    case unconnectedInput(String)
    case undefinedElements(name: String)
    case dimensionSize(name: String)
    case unknownFlow(stock: String, flow: String, hint: String?)

    // Graphical functions.
    case graphicalFunction(name: String, problem: String)
    case tableNeedsArgument(String)

    // Functions in equations.
    case unknownFunction(String, hint: String?)
    case argumentCount(function: String, expected: String, found: Int, signature: String)
    case orderNotConstant(function: String, signature: String)

    // Export.
    case noXMILEForm(function: String, variable: String)

    var severity: Diagnostic.Severity {
        switch self {
        case .recoveredXML, .methodFallback, .vensimExportMethod: .warning
        default: .error
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let reason): "cannot read the file: \(reason)"
        case .invalidUTF8(let byte): "the file is not valid UTF-8: the byte 0x\(String(byte, radix: 16, uppercase: true)) cannot be read"
        case .nulByte: "the file holds a NUL byte, which XML does not allow"
        case .nestedTooDeep(let limit): "elements are nested more than \(limit) deep"
        case .malformedXML(let detail): "the file is not well-formed XML: \(detail)"
        case .recoveredXML(let detail): "the file is not well-formed XML (\(detail)); read as far as the parser could recover"
        case .emptyFile: "the file is empty"
        case .notXMILE(let root): "not an XMILE file: the root element is <\(root)>, not <xmile>"
        case .noModel: "the file has no <model>"
        case .noSimSpecs: "the file has no <sim_specs>"
        case .noVariables: "the model has no stocks, flows or auxiliaries in <variables>: there is nothing to run"
        case .notSupported(let feature, let line): "not supported yet: \(feature) (line \(line))"
        case .missingTime(let element): "<sim_specs> has no <\(element)>"
        case .badNumber(let text, let element): "<\(element)> holds '\(text)', which is not a number"
        case .nonPositiveStep(let dt): "the time step <dt> must be positive, not \(dt)"
        case .unknownMethod(let method): "unknown integration method '\(method)'"
        case .methodFallback(let requested, let used): "integration method '\(requested)' is not available; using \(used)"
        case .saveIntervalNotMultiple(let save, let dt): "the save interval \(save) is not a whole multiple of dt \(dt)"
        case .vensimExportMethod: "the file comes from Vensim's XMILE export, which writes method=\"RK4\" whatever the model's method; simulating with Euler"
        case .missingName(let element): "<\(element)> has no name attribute"
        case .duplicateName(let name, let line): "'\(name)' is defined twice (first on line \(line))"
        case .missingEquation(let kind, let name): "\(kind) '\(name)' has no <eqn>"
        case .emptyEquation(let name): "the equation of '\(name)' is empty"
        case .equationTooLarge(let name, let limit):
            "the equation of '\(name)' has more than \(limit) terms once TREND, FORCST, INT and MOD are written out"
        case .badNonNegative(let text): "<non_negative> holds '\(text)'; expected true, false or nothing"
        case .moduleWithoutModel(let name): "module '\(name)' has no <model name=\"\(name)\"> to instantiate"
        case .modulesTooDeep(let name): "module '\(name)' is nested more than 32 modules deep"
        case .macrosTooDeep(let name): "macro '\(name)' calls macros more than 16 deep"
        case .unknownConnection(let name, _): "a <connect> sets '\(name)', which is not a variable"
        case .unconnectedInput(let name): "input '\(name)' is connected to nothing and has no equation of its own"
        case .undefinedElements(let name): "the equation of '\(name)' is '???': the tool that wrote the file could not express it (a Vensim list of constants, for one)"
        case .dimensionSize(let name): "dimension '\(name)' has neither <elem> elements nor a size of at least 1"
        case .unknownFlow(let stock, let flow, _): "stock '\(stock)' lists '\(flow)', which is not defined"
        case .graphicalFunction(let name, let problem): "graphical function '\(name)': \(problem)"
        case .tableNeedsArgument(let name): "'\(name)' is a graphical function and needs an argument"
        case .unknownFunction(let name, _): "unknown function '\(name)'"
        case .argumentCount(let function, let expected, let found, _):
            "\(function.uppercased()) takes \(expected) argument\(expected == "1" ? "" : "s"), not \(found)"
        case .orderNotConstant(let function, _): "the order of \(function.uppercased()) must be a whole number from 1 to 1000, known at the start of the run"
        case .noXMILEForm(let function, let variable): "the equation of '\(variable)' calls \(function)(), which has no XMILE form"
        }
    }

    public var hint: String? {
        switch self {
        case .malformedXML: "check the tags around this line"
        case .invalidUTF8: "save the file as UTF-8"
        case .nulByte: "is it a binary file, or saved as UTF-16? save it as UTF-8 text"
        case .nestedTooDeep: "XMILE files nest a few levels deep; check the tags around this line"
        case .recoveredXML: "check the tags around this line; results may be missing variables"
        case .notSupported: "the XMILE features supported are listed in the README"
        case .missingTime, .noSimSpecs: "give <start> and <stop> inside <sim_specs>"
        case .noVariables: "XMILE lists them inside <variables> in <model>"
        case .unknownMethod: "use euler or rk4"
        case .saveIntervalNotMultiple: "make isee:save_interval a multiple of dt"
        case .vensimExportMethod: "if the model does use RK4, run it with the method set explicitly"
        case .duplicateName: "names are equal when they differ only in case, spaces or underscores"
        case .missingEquation(let kind, _): kind == "stock" ? "give the initial value in <eqn>" : "write the equation in <eqn>"
        case .badNonNegative: "write <non_negative/> or <non_negative>false</non_negative>"
        case .moduleWithoutModel: "add the model, or remove the module"
        case .modulesTooDeep: "a model may not contain itself"
        case .macrosTooDeep: "a macro may not call itself"
        case .unknownConnection(_, let hint): hint ?? "name the input as module.variable"
        case .unconnectedInput: "connect it with <connect to=… from=…>, or give it an <eqn>"
        case .undefinedElements: "give each element its own <element subscript=\"…\"> with an <eqn>"
        case .dimensionSize: "list its elements as <elem name=\"…\"/>, or give size=\"3\""
        case .equationTooLarge: "each of these functions repeats its arguments; compute nested ones in auxiliaries of their own"
        case .unknownFlow(_, _, let hint): hint
        case .tableNeedsArgument(let name): "write \(name)(x)"
        case .unknownFunction(_, let hint): hint ?? "the XMILE functions supported are listed in the README"
        case .argumentCount(_, _, _, let signature): "write \(signature)"
        case .orderNotConstant(_, let signature): "write \(signature) with the order as a number or an auxiliary holding one"
        case .noXMILEForm: "the README's table of builtins says how each one exports; rewrite the equation without it to export"
        default: nil
        }
    }

    func diagnostic(at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity, self, at: location)
    }
}
