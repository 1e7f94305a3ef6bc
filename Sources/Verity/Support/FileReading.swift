#if canImport(Glibc)
import Glibc
#endif

/// Reads files with plain POSIX calls, so that a failure carries the system's own reason (`strerror`).
enum FileReading {
    /// The first `limit` bytes of the file at `path` (all of it when it is shorter).
    static func read(_ path: String, upTo limit: Int) throws(FileWriting.Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileWriting.Failure(path: path, reason: FileWriting.systemReason()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        // Room for the whole file at once (a build cache is tens of megabytes): no growing and copying.
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 {
            bytes.reserveCapacity(min(limit, Int(status.st_size) + 1))
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileWriting.Failure(path: path, reason: FileWriting.systemReason())
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
