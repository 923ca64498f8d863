/// Part `index` (from 1) of `count`: a share of a job's work items (Monte Carlo runs, MCMC
/// chain groups), item k going to part k mod count + 1, so parts of any count cover every item
/// once and `forecast merge` can put them back in order.
public struct Shard: Sendable, Hashable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// The items of `total` this part runs, in order.
    public func items(of total: Int) -> [Int] {
        stride(from: index - 1, to: total, by: count).map { $0 }
    }
}
