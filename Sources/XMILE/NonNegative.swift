import Foundation
import Dynamics

/// Which stocks and flows are non-negative (XMILE §2.6, §4.2, §4.3).
///
/// `<behavior>` at file level, then at model level, sets the default for all stocks and flows
/// (`<non_negative/>`) or for one kind (`<stock><non_negative/></stock>`); a variable's own
/// `<non_negative>` overrides it. An empty `<non_negative/>` means true;
/// `<non_negative>false</non_negative>` (any case, spaces ignored) means false.
struct NonNegative {
    var stocks = false
    var flows = false

    /// These defaults with a `<behavior>` element applied over them.
    func applying(_ behavior: XMLElementNode?, file: String?, problems: inout [Diagnostic]) -> NonNegative {
        guard let behavior else { return self }
        var result = self
        if let all = behavior.child("non_negative"), let value = Self.value(of: all, file: file, problems: &problems) {
            result.stocks = value
            result.flows = value
        }
        if let stock = behavior.child("stock")?.child("non_negative"),
           let value = Self.value(of: stock, file: file, problems: &problems) {
            result.stocks = value
        }
        if let flow = behavior.child("flow")?.child("non_negative"),
           let value = Self.value(of: flow, file: file, problems: &problems) {
            result.flows = value
        }
        return result
    }

    /// Whether the stock or flow `element` is non-negative, its own setting first.
    func isNonNegative(_ element: XMLElementNode, isStock: Bool, file: String?, problems: inout [Diagnostic]) -> Bool {
        if let own = element.child("non_negative"), let value = Self.value(of: own, file: file, problems: &problems) {
            return value
        }
        return isStock ? stocks : flows
    }

    private static func value(of element: XMLElementNode, file: String?, problems: inout [Diagnostic]) -> Bool? {
        switch element.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "", "true": return true
        case "false": return false
        default:
            problems.append(XMILEProblem.badNonNegative(element.text.trimmingCharacters(in: .whitespacesAndNewlines))
                .diagnostic(at: element.location(in: file)))
            return nil
        }
    }
}
