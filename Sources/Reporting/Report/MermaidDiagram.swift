import Scenarios

/// The feedback loops of `report.json5` as a Mermaid flowchart that GitHub renders.
///
/// A loop's path names every variable its influence passes through, often a dozen; drawing
/// them all makes an unreadable chart. The diagram keeps the hubs (stocks, and variables that
/// two or more loops share) and draws one arrow, labelled with the loop's tag (R1, B1, …),
/// from each hub to the next hub along the loop.
enum MermaidDiagram {
    static func tags(_ loops: [LoopSpec]) -> [String] {
        var reinforcing = 0, balancing = 0
        return loops.map { loop in
            if loop.isReinforcing {
                reinforcing += 1
                return "R\(reinforcing)"
            }
            balancing += 1
            return "B\(balancing)"
        }
    }

    /// The hubs of each loop, in path order, at least two per loop.
    static func hubs(_ loops: [LoopSpec], stocks: Set<String>) -> [[String]] {
        var loopsThrough: [String: Int] = [:]
        for loop in loops {
            for name in Set(loop.path) { loopsThrough[name, default: 0] += 1 }
        }
        var hubs = loops.map { loop in
            let cycle = Array(loop.path.dropLast())
            var kept = cycle.filter { stocks.contains($0) || (loopsThrough[$0] ?? 0) > 1 }
            if kept.count < 2 { kept = [cycle[0], cycle[cycle.count / 2]] }
            return kept
        }
        // A variable that every loop enters from the same hub and leaves to the same hub adds
        // nothing to the picture: fold it into the arrow (stocks stay).
        var changed = true
        while changed {
            changed = false
            var before: [String: Set<String>] = [:], after: [String: Set<String>] = [:]
            for cycle in hubs {
                for (k, name) in cycle.enumerated() {
                    before[name, default: []].insert(cycle[(k + cycle.count - 1) % cycle.count])
                    after[name, default: []].insert(cycle[(k + 1) % cycle.count])
                }
            }
            let names = Set(hubs.flatMap { $0 }).sorted()
            if let fold = names.first(where: { name in
                !stocks.contains(name) && before[name]?.count == 1 && after[name]?.count == 1
                    && hubs.allSatisfy { !$0.contains(name) || $0.count > 2 }
            }) {
                hubs = hubs.map { $0.filter { $0 != fold } }
                changed = true
            }
        }
        return hubs
    }

    static func render(_ loops: [LoopSpec], stocks: Set<String>) -> String {
        var nodes: [String] = [], arrows: [(from: String, to: String, tags: [String])] = []
        for (hubs, tag) in zip(hubs(loops, stocks: stocks), tags(loops)) {
            for name in hubs where !nodes.contains(name) { nodes.append(name) }
            for (a, b) in zip(hubs, hubs.dropFirst() + [hubs[0]]) {
                if let k = arrows.firstIndex(where: { $0.from == a && $0.to == b }) {
                    arrows[k].tags.append(tag)
                } else {
                    arrows.append((a, b, [tag]))
                }
            }
        }
        let edges = arrows.map { "  \(id($0.from, nodes)) -->|\($0.tags.joined(separator: " "))| \(id($0.to, nodes))" }
        var text = "```mermaid\nflowchart LR\n"
        for (k, name) in nodes.enumerated() {
            let label = name.replacingOccurrences(of: "_", with: " ")
            text += stocks.contains(name) ? "  n\(k)[\"\(label)\"]\n" : "  n\(k)([\"\(label)\"])\n"
        }
        text += edges.joined(separator: "\n") + "\n```\n"
        return text
    }

    private static func id(_ name: String, _ nodes: [String]) -> String { "n\(nodes.firstIndex(of: name)!)" }
}
