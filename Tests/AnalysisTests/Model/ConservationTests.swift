import Dynamics
import Scenarios
import Testing
import TestSupport

/// People are conserved: every talent flow moves people between stocks or across the model's
/// boundary through a named flow. The test adds two accumulators, one for what enters and one for
/// what leaves, and checks stocks now − stocks at the start = entered − left. It reads the model
/// element by element, so each employer's researchers are a stock of their own.
struct ConservationTests {
    @Test(arguments: ["base", "scaling-continues", "data-wall", "efficiency-breakthrough", "open-restriction",
                      "sponsor-retreat", "sovereign-open", "multi-model"])
    func peopleAreConserved(scenario: String) throws {
        let assumptions = try RepositoryModel.assumptions()
        try Self.expectPeopleConserved(Scenario.resolve(scenario, in: assumptions).scenario)
    }

    /// The balance of every stock counted in people, in `resolved`, at every saved time.
    static func expectPeopleConserved(_ resolved: Scenario) throws {
        let scenario = resolved.name
        var definition = try Compiler.flatten(resolved.definition)
        let people = definition.variables.filter { variable in
            if case .stock = variable.role, variable.unit == "people" { return true }
            return false
        }
        #expect(people.count >= 6)
        var inflowCount: [String: Int] = [:], outflowCount: [String: Int] = [:]
        for stock in people {
            guard case let .stock(inflows, outflows, nonNegative) = stock.role else { continue }
            #expect(!nonNegative, "clamping \(stock.name) at zero would create people")
            for flow in inflows { inflowCount[flow, default: 0] += 1 }
            for flow in outflows { outflowCount[flow, default: 0] += 1 }
        }
        let entering = inflowCount.keys.filter { outflowCount[$0] == nil }.sorted()
        let leaving = outflowCount.keys.filter { inflowCount[$0] == nil }.sorted()
        #expect(!entering.isEmpty && !leaving.isEmpty)
        definition.variables.append(.stock("test_entered", initial: "0", inflows: entering, unit: "people"))
        definition.variables.append(.stock("test_left", initial: "0", inflows: leaving, unit: "people"))
        let result = try Compiler.compile(definition).run(resolved.settings)
        let totals = result.times.indices.map { k in people.map { result.series($0.name)![k] }.reduce(0, +) }
        let entered = result.series("test_entered")!, left = result.series("test_left")!
        for k in result.times.indices {
            let balance = totals[k] - totals[0] - (entered[k] - left[k])
            #expect(abs(balance) <= 1e-9 * totals[k], "\(scenario) at \(result.times[k]): \(balance) people unaccounted for")
        }
    }
}
