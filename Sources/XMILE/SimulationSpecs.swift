import Foundation
import Dynamics

/// `<sim_specs>` (XMILE §2.3, §3.4.1): the clock, the integration method and the time unit.
///
/// - `<start>` and `<stop>` are required; `<dt>` defaults to 1, and `reciprocal="true"` means
///   the value is 1/dt.
/// - `method` is `euler` (the default) or `rk4`, in any case. A comma-separated list names
///   fallbacks and the first available one is used; `rk2`, `rk45` and `gear`, which the
///   engine lacks, fall back to RK4 with a warning (the spec lets RK2 fall back to RK4).
/// - XMILE 1.0 has no save interval; Stella's `isee:save_interval` attribute is honoured, and
///   without it every step is saved.
struct SimulationSpecs {
    var settings: RunSettings
    var timeUnit: String?
    var warnings: [Diagnostic]

    static func read(_ specs: XMLElementNode, file: String?) throws(DiagnosticList) -> SimulationSpecs {
        let here = specs.location(in: file)
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []

        func number(_ name: String) -> Double? {
            guard let element = specs.child(name) else { return nil }
            let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let value = Double(text), value.isFinite else {
                problems.append(XMILEProblem.badNumber(text: text, element: name).diagnostic(at: element.location(in: file)))
                return nil
            }
            return value
        }

        let start = number("start"), stop = number("stop")
        for (name, value) in [("start", start), ("stop", stop)] where value == nil && specs.child(name) == nil {
            problems.append(XMILEProblem.missingTime(name).diagnostic(at: here))
        }
        var dt = number("dt") ?? 1
        if let element = specs.child("dt"), element.attributes["reciprocal"]?.lowercased() == "true", dt != 0 {
            dt = 1 / dt
        }
        if !(dt > 0) {
            problems.append(XMILEProblem.nonPositiveStep(dt).diagnostic(at: specs.child("dt")?.location(in: file) ?? here))
        }

        var method = IntegrationMethod.euler
        if let written = specs.attributes["method"], !written.trimmingCharacters(in: .whitespaces).isEmpty {
            switch chooseMethod(written) {
            case .success(let choice):
                method = choice.method
                if let requested = choice.fellBackFrom {
                    warnings.append(XMILEProblem.methodFallback(requested: requested, used: "rk4").diagnostic(at: here))
                }
            case .failure(let unknown):
                problems.append(XMILEProblem.unknownMethod(unknown.name).diagnostic(at: here))
            }
        }

        var saveEvery: Double?
        if let written = specs.attributes["isee:save_interval"] {
            let text = written.trimmingCharacters(in: .whitespaces)
            if let value = Double(text), value.isFinite {
                if value > dt {
                    let ratio = value / dt
                    if abs(ratio - ratio.rounded()) > 1e-6 * ratio {
                        problems.append(XMILEProblem.saveIntervalNotMultiple(saveInterval: value, dt: dt).diagnostic(at: here))
                    }
                    saveEvery = value
                }
            } else {
                problems.append(XMILEProblem.badNumber(text: text, element: "sim_specs isee:save_interval").diagnostic(at: here))
            }
        }

        guard problems.isEmpty, let start, let stop else { throw DiagnosticList(problems) }
        let settings = RunSettings(start: start, stop: stop, dt: dt, saveEvery: saveEvery, method: method)
        let invalid = settings.validate().map { problem in
            var located = problem
            located.location = here
            return located
        }
        if !invalid.isEmpty { throw DiagnosticList(invalid) }
        let unit = specs.attributes["time_units"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return SimulationSpecs(settings: settings, timeUnit: unit?.isEmpty == false ? unit : nil, warnings: warnings)
    }

    private struct UnknownMethod: Error { var name: String }

    /// The first method of a comma-separated list the engine has.
    private static func chooseMethod(_ written: String) -> Result<(method: IntegrationMethod, fellBackFrom: String?), UnknownMethod> {
        let names = written.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in names {
            if let method = IntegrationMethod(rawValue: name) { return .success((method, nil)) }
        }
        let higherOrder: Set<String> = ["rk2", "rk45", "gear"]
        if let unknown = names.first(where: { !higherOrder.contains($0) }) {
            return .failure(UnknownMethod(name: unknown))
        }
        return .success((.rk4, names.first ?? written))
    }
}
