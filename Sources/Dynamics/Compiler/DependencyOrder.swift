/// Orders nodes so each comes after everything it depends on, or finds a cycle.
enum DependencyOrder {
    /// - Parameter dependencies: `dependencies[i]` lists the nodes node `i` reads.
    /// - Returns: an order, or the first cycle found as node indices `a, b, …, a`.
    ///   Ties keep the input order, so the result is deterministic.
    static func sort(count: Int, dependencies: [[Int]]) -> Result<[Int], Cycle> {
        enum Mark { case unvisited, inProgress, done }
        var marks = [Mark](repeating: .unvisited, count: count)
        var order: [Int] = []
        order.reserveCapacity(count)
        // Iterative depth-first search: (node, index of the next dependency to visit).
        var stack: [(node: Int, next: Int)] = []
        for root in 0..<count where marks[root] == .unvisited {
            stack.append((root, 0))
            marks[root] = .inProgress
            while let top = stack.last {
                let deps = dependencies[top.node]
                if top.next < deps.count {
                    stack[stack.count - 1].next += 1
                    let dep = deps[top.next]
                    switch marks[dep] {
                    case .done: continue
                    case .inProgress:
                        let start = stack.firstIndex { $0.node == dep }!
                        return .failure(Cycle(nodes: stack[start...].map(\.node) + [dep]))
                    case .unvisited:
                        marks[dep] = .inProgress
                        stack.append((dep, 0))
                    }
                } else {
                    marks[top.node] = .done
                    order.append(top.node)
                    stack.removeLast()
                }
            }
        }
        return .success(order)
    }

    struct Cycle: Error {
        /// The nodes of the loop, the first repeated at the end, each reading the next.
        var nodes: [Int]
    }
}
