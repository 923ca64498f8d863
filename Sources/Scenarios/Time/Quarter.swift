/// A calendar quarter, `2027Q1`, and its place on the model's clock in decimal years:
/// a quarter starts at `year + (quarter − 1) / 4`, so `2027Q1` is 2027.0 and `2027Q3` is 2027.5.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1 to 4.
    public var quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    /// Reads `2027Q1` (also `2027q1` and `2027-Q1`); nil for anything else.
    public init?(_ label: String) {
        var text = label.uppercased()
        text.removeAll { $0 == "-" || $0 == " " }
        let parts = text.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let quarter = Int(parts[1]),
              (1...4).contains(quarter) else { return nil }
        self.init(year: year, quarter: quarter)
    }

    /// The quarter holding the decimal year `time` (a time within a millionth of a year of a
    /// quarter's start belongs to that quarter).
    public init(containing time: Double) {
        // Kept within years an `Int` holds, so no time (however it was computed) traps.
        let shifted = time.isNaN ? 0 : min(max(time + 1e-6, -1e15), 1e15)
        let year = Int(shifted.rounded(.down))
        self.init(year: year, quarter: min(4, Int(((shifted - Double(year)) * 4).rounded(.down)) + 1))
    }

    /// The decimal year at which the quarter starts.
    public var time: Double { Double(year) + Double(quarter - 1) / 4 }

    /// `2027Q1`.
    public var label: String { "\(year)Q\(quarter)" }
    /// `2027-Q1`, as report file names are written.
    public var fileLabel: String { "\(year)-Q\(quarter)" }
    public var description: String { label }

    public var previous: Quarter {
        quarter == 1 ? Quarter(year: year - 1, quarter: 4) : Quarter(year: year, quarter: quarter - 1)
    }

    public var next: Quarter {
        quarter == 4 ? Quarter(year: year + 1, quarter: 1) : Quarter(year: year, quarter: quarter + 1)
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }
}
