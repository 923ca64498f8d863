import Analysis
import Reporting

extension PartFile {
    /// Writes the part atomically to `out`, or to `<prefix>-part-I-of-K.json` in the working
    /// directory, and returns the path written.
    func write(to out: String?, prefix: String) throws(Failure) -> String {
        let path = out ?? "\(prefix)-part-\(shard.index)-of-\(shard.count).json"
        try CalibrateCommand.write(text, to: path)
        return path
    }
}
