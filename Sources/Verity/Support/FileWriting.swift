#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain POSIX calls: no temporary file and no `fsync` per file (Foundation's
/// `Data.write(to:)` does both, which made writing ten thousand pages take seconds). Durability comes from
/// writing into a staging folder that is swapped in as a whole.
enum FileWriting {
    /// An error from the file system, with its `strerror` text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Creates or truncates `path` and writes `text` to it.
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { return }
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Creates the folder `path` (its parent must exist); an existing folder is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
