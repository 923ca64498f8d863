/// Fonts and sizes shared by all charts.
enum ChartStyle {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    static let titleSize = 16.0
    static let subtitleSize = 13.0
    static let axisTitleSize = 13.0
    static let tickSize = 12.0
    static let legendSize = 12.0
    static let annotationSize = 11.5
}

/// Estimates of how wide text will be, for layout without access to the font.
///
/// Widths (in em) are those of DejaVu Sans, the widest sans-serif a reader is likely to get
/// (it is what `system-ui` falls back to on most Linux systems), rounded into a few classes.
/// Overestimating only costs a little white space elsewhere; underestimating clips labels.
enum TextMetrics {
    /// The estimated width of `text` in pixels at `fontSize`; bold text is about 13% wider.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        return ems * fontSize * (bold ? 1.13 : 1)
    }

    private static func advance(_ character: Character) -> Double {
        switch character {
        case "i", "j", "l", "'", "|", "!", ".", ",", ":", ";": return 0.29
        case " ", "f", "t", "I", "/", "\\": return 0.33
        case "r", "(", ")", "[", "]", "-", "\u{2212}", "\"": return 0.4
        case "m", "M", "W", "%", "@": return 0.95
        case "w": return 0.8
        case "0"..."9", "$", "+", "=", "<", ">", "#", "\u{2013}", "_": return 0.64
        case "a"..."z": return 0.6
        case "A"..."Z": return 0.72
        case "\u{2014}": return 1.0
        case "\u{2026}": return 1.0
        default: return 0.65
        }
    }

    /// Splits `text` into lines no wider than `maxWidth`, breaking at spaces; a single word wider
    /// than the line is kept whole.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || width(candidate, fontSize: fontSize, bold: bold) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` shortened with an ellipsis to fit `maxWidth`.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var characters = Array(text)
        while !characters.isEmpty, width(String(characters) + "…", fontSize: fontSize) > maxWidth {
            characters.removeLast()
        }
        return String(characters) + "…"
    }
}
