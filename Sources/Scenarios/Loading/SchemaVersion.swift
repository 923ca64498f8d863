import Dynamics

/// The version of the assumption file format this build reads. Files say `schema: 1`; a file
/// without the key is read as version 1.
public enum SchemaVersion {
    public static let current = 1

    static func check(_ reader: ObjectReader, problems: inout [Diagnostic]) {
        guard let found = reader.value["schema"] else { return }
        guard let version = found.number, version == version.rounded(), version >= 1 else {
            problems.append(Diagnostic(.error, "'schema' must be a whole number such as \(current), not \(found.typeName == "a number" ? "\(found.number!)" : found.typeName)",
                                       at: reader.location(of: found)))
            return
        }
        if Int(version) > current {
            problems.append(Diagnostic(.error, "\(reader.file) is written for schema \(Int(version)), but this forecast reads schema \(current)",
                                       hint: "update forecast, or write the file for schema \(current)", at: reader.location(of: found)))
        }
    }
}
