import Foundation
import Dynamics

/// XMILE names (§3.2.2): how a name attribute or a flow reference is decoded, compared and shown.
///
/// Names are equal when they differ only in case, in quotes around them, or in runs of spaces,
/// underscores and newlines: `Teacup Temperature`, `teacup_temperature` and
/// `"Teacup  Temperature"` are one name. Inside a name, `\n` stands for a newline, `\"` for a
/// quote and `\\` for a backslash.
public enum XMILEName {
    /// The name as the engine knows it: lowercase, with one underscore for each run of
    /// spaces, newlines and underscores, and no quotes.
    public static func canonical(_ written: String) -> String {
        Parser.canonicalXMILEName(decode(written))
    }

    /// The canonical form of an output column's name: a variable's, or an element's with each
    /// element canonical and no spaces around the commas (`"Stock A[Entry 1, B]"` →
    /// `stock_a[entry_1,b]`), as Vensim, Stella and this engine write them differently.
    public static func canonicalColumn(_ written: String) -> String {
        let text = decode(written)
        guard let open = text.firstIndex(of: "["), text.hasSuffix("]") else { return canonical(written) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return ArrayElement.name(canonical(String(text[..<open])), inside.split(separator: ",").map { canonical(String($0)) })
    }

    /// The name for people to read: escapes decoded, a newline shown as a space, and
    /// surrounding whitespace and quotes removed.
    public static func display(_ written: String) -> String {
        String(decode(written).map { $0.isNewline ? " " : $0 })
    }

    /// The name with its surrounding whitespace and quotes removed and its escapes decoded.
    static func decode(_ written: String) -> String {
        var text = Substring(written.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.count >= 2, text.first == "\"", text.last == "\"" {
            text = text.dropFirst().dropLast()
        }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
