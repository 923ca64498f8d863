import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A write that failed, with the path and the system's reason.
public struct FileWriteError: Error, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Writes a file through a temporary file beside it that is renamed into place, so a reader
/// never sees half of it and a failed write leaves nothing behind. Every step is checked: a
/// full disk or a failed close is an error, never a file reported written.
///
/// A path that names something other than a regular file (`/dev/stdout`, a pipe) is written
/// in place, as a shell redirection would.
public enum AtomicFile {
    public static func write(_ text: String, to path: String, createDirectories: Bool = true) throws(FileWriteError) {
        try write(Data(text.utf8), to: path, createDirectories: createDirectories)
    }

    /// - Parameter createDirectories: make missing parent folders (a report's chart folder);
    ///   when false, a missing folder is an error.
    public static func write(_ data: Data, to path: String, createDirectories: Bool = true) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError(path: path, reason: "the path is empty") }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if createDirectories {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw FileWriteError(path: path, reason: error.localizedDescription)
            }
        }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            try writeAll(data, toOpened: open(path, O_WRONLY | O_TRUNC), path: path)
            return
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try writeAll(data, toOpened: open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644), path: temporary)
        } catch {
            unlink(temporary)
            throw FileWriteError(path: path, reason: error.reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileWriteError(path: path, reason: reason)
        }
    }

    /// Writes every byte to `descriptor` (or reports why it could not be opened), then closes it.
    private static func writeAll(_ data: Data, toOpened descriptor: Int32, path: String) throws(FileWriteError) {
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw FileWriteError(path: path, reason: failure) }
    }
}
