import Dynamics

/// The version of the assumption file format this build reads. Files say `schema: 1`; a file
/// without the key is read as version 1.
public enum SchemaVersion {
    public static let current = 1

    static func check(_ reader: ObjectReader, problems: inout [Diagnostic]) {
        guard let found = reader.value["schema"] else { return }
        let number = found.number
        guard let version = number, version.isFinite, version == version.rounded(), version >= 1 else {
            let shown = number.map { "\($0)" } ?? found.typeName
            problems.append(Diagnostic(.error, AssumptionProblem.schemaNotWhole(found: shown, current: current), at: reader.location(of: found)))
            return
        }
        if version > Double(current) {
            problems.append(Diagnostic(.error, AssumptionProblem.schemaTooNew(file: reader.file, version: ExpressionPrinter.formatNumber(version),
                                                                               current: current),
                                       at: reader.location(of: found)))
        }
    }
}
