import Foundation
import Testing
import Dynamics
import XMILE

/// Every XMILE fixture, broken on purpose in the ways files break (an element deleted, the file
/// cut short, an equation replaced by garbage, a variable declared twice, a dimension removed),
/// is imported and run in process: each run either succeeds or ends in diagnostics with at
/// least one error, which `forecast simulate` prints before it exits 1. A crash here would be a
/// signal from the command line. Seeded, so every run tries the same files.
struct MutationTests {
    enum Mutation: String, CaseIterable {
        case deleteElement, truncate, garbageEquation, duplicateVariable, removeDimension
    }

    static let fixtures: [(name: String, text: String)] = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let shared = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/conformance")
        var seen: Set<String> = [], found: [(String, String)] = []
        for root in [here.appendingPathComponent("Fixtures"), shared] {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["xmile", "stmx"].contains(url.pathExtension) {
                guard let text = try? String(contentsOf: url, encoding: .utf8), seen.insert(text).inserted else { continue }
                found.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), text))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }()

    /// Equations that are wrong in the ways people and tools get them wrong.
    static let garbage = [
        "((", "1 +", "IF THEN ELSE", "SMTH1(", "a[", "DELAYN(x, 1, -1)", "NORMAL(", "1e999 * 1e999", "LOOKUP_FORWARD(TIME, 1)",
        "NPV(1)", "DELAY(TIME, -1)", "SMTHN(TIME, 0, 0.5)", "POISSON(1e300)", "MIN()", "&lt;eqn&gt;", "\u{7}", "SUM(TIME[*])",
    ]

    /// A tiny seeded generator (SplitMix64), so the test does not depend on the standard library's.
    struct Draw {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return n <= 0 ? 0 : Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    /// The ranges of the elements named `tags` (all elements when empty), each from its `<` to
    /// the end of its closing tag; unclosed ones are left out.
    static func elements(in text: [UInt8], named tags: Set<String> = []) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [(name: String, start: Int)] = []
        var i = 0
        while i < text.count {
            guard text[i] == UInt8(ascii: "<"), i + 1 < text.count else { i += 1; continue }
            guard let close = text[i...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let inner = text[(i + 1)..<close]
            let isEnd = inner.first == UInt8(ascii: "/"), isEmpty = inner.last == UInt8(ascii: "/")
            let nameBytes = inner.drop { $0 == UInt8(ascii: "/") }.prefix { ![UInt8(ascii: " "), UInt8(ascii: "/"), 9, 10, 13].contains($0) }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if name.hasPrefix("?") || name.hasPrefix("!") {
                // Declarations and comments.
            } else if isEnd {
                if let k = open.lastIndex(where: { $0.name == name }) {
                    if tags.isEmpty || tags.contains(name) { ranges.append(open[k].start..<(close + 1)) }
                    open.removeSubrange(k...)
                }
            } else if isEmpty {
                if tags.isEmpty || tags.contains(name) { ranges.append(i..<(close + 1)) }
            } else {
                open.append((name, i))
            }
            i = close + 1
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    static func mutate(_ text: String, _ mutation: Mutation, _ draw: inout Draw) -> String? {
        var bytes = Array(text.utf8)
        func pick(_ ranges: [Range<Int>]) -> Range<Int>? { ranges.isEmpty ? nil : ranges[draw.below(ranges.count)] }
        switch mutation {
        case .deleteElement:
            guard let range = pick(elements(in: bytes)) else { return nil }
            bytes.removeSubrange(range)
        case .truncate:
            bytes.removeSubrange(draw.below(bytes.count)...)
        case .garbageEquation:
            guard let range = pick(elements(in: bytes, named: ["eqn"])) else { return nil }
            bytes.replaceSubrange(range, with: Array("<eqn>\(garbage[draw.below(garbage.count)])</eqn>".utf8))
        case .duplicateVariable:
            guard let range = pick(elements(in: bytes, named: ["aux", "stock", "flow", "gf"])) else { return nil }
            bytes.insert(contentsOf: Array(bytes[range]), at: range.upperBound)
        case .removeDimension:
            guard let range = pick(elements(in: bytes, named: ["dim"])) ?? pick(elements(in: bytes, named: ["dimensions"])) else { return nil }
            bytes.removeSubrange(range)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(.timeLimit(.minutes(2)), arguments: Mutation.allCases)
    func brokenFixturesFailWithDiagnosticsNeverACrash(_ mutation: Mutation) throws {
        #expect(Self.fixtures.count > 60)
        var draw = Draw(state: 20_261_202 &+ UInt64(Mutation.allCases.firstIndex(of: mutation)!))
        var tried = 0, refused = 0
        for (name, text) in Self.fixtures {
            guard let broken = Self.mutate(text, mutation, &draw) else { continue }
            tried += 1
            do {
                let model = try XMILEImporter.parse(Data(broken.utf8), file: name)
                _ = try XMILESimulator.simulate(model)
            } catch {
                refused += 1
                let hasError = error.diagnostics.contains { $0.isError }
                #expect(hasError, "\(name), \(mutation): diagnostics without an error")
            }
        }
        #expect(tried > 20, "\(mutation) applied to only \(tried) files")
        // Most mutations break the model; a few (a doc deleted) leave it runnable.
        if mutation == .truncate || mutation == .garbageEquation { #expect(refused > tried / 2, "\(mutation): \(refused) of \(tried) refused") }
    }
}
