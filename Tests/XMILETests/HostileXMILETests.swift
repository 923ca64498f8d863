import Dynamics
import Foundation
import Testing
import TestSupport
@testable import XMILE

/// XMILE files found by fuzzing to crash or hang the importer, each reduced to its smallest
/// form: every one must give a located error (or run), never a signal.
struct HostileXMILETests {
    /// The problems of `bytes` as printed, importing and running it.
    func problems(_ bytes: [UInt8], file: String = "bad.xmile") -> [String] {
        do {
            _ = try XMILESimulator.simulate(XMILEImporter.parse(Data(bytes), file: file))
            return []
        } catch {
            return error.diagnostics.filter(\.isError).map(\.description)
        }
    }

    func problems(_ text: String, file: String = "bad.xmile") -> [String] { problems(Array(text.utf8), file: file) }

    /// A Stella 10 file puts its variables directly under <model>; read that way there are none,
    /// and the code generator indexed the first variable of an empty model.
    @Test func aModelWithoutVariablesIsALocatedError() {
        let text = """
            <?xml version="1.0" encoding="utf-8"?>
            <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
            <sim_specs><start>0</start><stop>10</stop></sim_specs>
            <model>
            <aux name="a"><eqn>1</eqn></aux>
            </model>
            </xmile>
            """
        #expect(problems(text) == ["bad.xmile:4:1: error: the model has no stocks, flows or auxiliaries in <variables>: there is nothing to run; "
            + "XMILE lists them inside <variables> in <model>"])
        #expect(problems(xmile("")).first?.contains("the model has no stocks, flows or auxiliaries") == true)
    }
}
