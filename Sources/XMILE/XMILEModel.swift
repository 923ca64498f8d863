import Dynamics

/// An XMILE model ready for the engine: its stocks, flows, auxiliaries and graphical
/// functions under their canonical names, the run settings of its `<sim_specs>`, and the names
/// as the file wrote them for output.
public struct XMILEModel: Sendable {
    /// The model's name from `<header><name>` (or the `<model name>` attribute), if any.
    public var name: String?
    /// The model's documentation, if the file has any.
    public var doc: String?
    /// Variables and tables under canonical names (`teacup_temperature`), in file order.
    public var definition: ModelDefinition
    /// Start, stop, dt, save interval and method from `<sim_specs>`.
    public var settings: RunSettings
    /// `<sim_specs time_units>`, if given.
    public var timeUnit: String?
    /// Canonical name → name as written in the file (escapes decoded, newlines shown as spaces).
    public var displayNames: [String: String]
    /// Problems that did not stop the import: XML the parser recovered from, an integration
    /// method replaced by RK4.
    public var warnings: [Diagnostic]
    /// Where the model's `<variables>` are (or its `<model>`, without them), for messages.
    public var variablesLocation: SourceLocation?

    public init(name: String?, doc: String?, definition: ModelDefinition, settings: RunSettings, timeUnit: String?,
                displayNames: [String: String], warnings: [Diagnostic] = [], variablesLocation: SourceLocation? = nil) {
        self.variablesLocation = variablesLocation
        self.name = name
        self.doc = doc
        self.definition = definition
        self.settings = settings
        self.timeUnit = timeUnit
        self.displayNames = displayNames
        self.warnings = warnings
    }

    /// The name to show for the variable with canonical name `name`.
    public func displayName(of name: String) -> String {
        displayNames[name] ?? name
    }
}
