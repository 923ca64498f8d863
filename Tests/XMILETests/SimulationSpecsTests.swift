import Foundation
import Testing
import Dynamics
import XMILE

/// `<sim_specs>` (XMILE §2.3, §3.4.1) into run settings.
struct SimulationSpecsTests {
    private func specs(_ inside: String, attributes: String = "") -> String {
        """
        <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <header><vendor>tests</vendor><product version="1">tests</product><name>clock</name></header>
            <sim_specs\(attributes)>\(inside)</sim_specs>
            <model><variables><aux name="a"><eqn>1</eqn></aux></variables></model>
        </xmile>
        """
    }

    @Test func startStopAndDtAreRead() throws {
        let model = try importModel(specs("<start>1990</start><stop>2000</stop><dt>0.25</dt>",
                                          attributes: " method=\"Euler\" time_units=\"Years\""))
        #expect(model.settings == RunSettings(start: 1990, stop: 2000, dt: 0.25, method: .euler))
        #expect(model.timeUnit == "Years")
        #expect(model.name == "clock")
    }

    @Test func dtDefaultsToOneAndMayBeAReciprocal() throws {
        #expect(try importModel(specs("<start>0</start><stop>5</stop>")).settings.dt == 1)
        #expect(try importModel(specs("<start>0</start><stop>5</stop><dt reciprocal=\"true\">8</dt>")).settings.dt == 0.125)
    }

    @Test(arguments: [
        ("", IntegrationMethod.euler), (" method=\"euler\"", .euler), (" method=\"RK4\"", .rk4),
        (" method=\"gear, rk4\"", .rk4), (" method=\"rk45,euler\"", .euler),
    ])
    func methodIsChosenFromTheList(_ attributes: String, _ method: IntegrationMethod) throws {
        let model = try importModel(specs("<start>0</start><stop>1</stop>", attributes: attributes))
        #expect(model.settings.method == method)
        #expect(model.warnings.isEmpty)
    }

    @Test func higherOrderMethodsFallBackToRK4WithAWarning() throws {
        let model = try importModel(specs("<start>0</start><stop>1</stop>", attributes: " method=\"RK2\""))
        #expect(model.settings.method == .rk4)
        #expect(model.warnings.map(\.message) == ["integration method 'rk2' is not available; using rk4"])
    }

    @Test func vensimExportsRunWithEuler() throws {
        let text = specs("<start>0</start><stop>1</stop>", attributes: " method=\"RK4\"")
            .replacingOccurrences(of: "<vendor>tests</vendor><product version=\"1\">tests</product>",
                                  with: "<vendor>Ventana Systems, Inc.</vendor><product version=\"1.0\">Vensim</product>")
        let model = try importModel(text)
        #expect(model.settings.method == .euler)
        #expect(model.warnings.count == 1)
    }

    @Test func saveIntervalIsStellasAttribute() throws {
        let model = try importModel(specs("<start>0</start><stop>4</stop><dt>0.25</dt>",
                                          attributes: " isee:save_interval=\"1\""))
        #expect(model.settings.saveEvery == 1)
        #expect(try XMILESimulator.simulate(model).times == [0, 1, 2, 3, 4])
    }

    @Test(arguments: [
        ("<stop>5</stop>", "", "<sim_specs> has no <start>"),
        ("<start>0</start><stop>five</stop>", "", "<stop> holds 'five', which is not a number"),
        ("<start>0</start><stop>5</stop><dt>0</dt>", "", "the time step <dt> must be positive, not 0.0"),
        ("<start>0</start><stop>5</stop>", " method=\"leapfrog\"", "unknown integration method 'leapfrog'; use euler or rk4"),
        ("<start>0</start><stop>5</stop><dt>0.5</dt>", " isee:save_interval=\"0.75\"",
         "the save interval 0.75 is not a whole multiple of dt 0.5"),
        ("<start>5</start><stop>0</stop>", "", "the run stops at 0.0, not after its start 5.0"),
    ])
    func badSpecsAreReported(_ inside: String, _ attributes: String, _ message: String) {
        let found = problems(specs(inside, attributes: attributes))
        #expect(found.contains { $0.contains("error: \(message)") }, "\(found)")
    }
}
