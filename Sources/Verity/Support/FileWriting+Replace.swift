#if canImport(Glibc)
import Glibc
#endif

extension FileWriting {
    /// Writes bytes to an open file (`FileWriting.write` does), naming the file's path in its errors.
    typealias DescriptorWriter = (_ bytes: UnsafeBufferPointer<UInt8>, _ descriptor: Int32, _ path: String)
        throws(Failure) -> Void

    /// Replaces the file at `path` with `bytes` all at once: they are written to `path.partial` and renamed into
    /// place, so that `path` is always either the old file or the whole new one.
    ///
    /// On any failure the partial file is removed and `path` is left as it was; the error names the path and
    /// the system's reason. `write` is a seam for tests. A kill halfway leaves the partial file, which the next
    /// replacement overwrites: it never piles up.
    static func replace(
        _ path: String, with bytes: [UInt8], write: DescriptorWriter = FileWriting.write(buffer:to:path:)
    ) throws(Failure) {
        let partial = path + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw Failure(path: partial, reason: systemReason()) }
        do throws(Failure) {
            do throws(Failure) {
                try bytes.withUnsafeBufferPointer { buffer in
                    Result { () throws(Failure) in try write(buffer, descriptor, partial) }
                }.get()
            } catch {
                close(descriptor)
                throw error
            }
            // Some file systems (NFS) report a full disk only when the file is closed.
            guard close(descriptor) == 0 else { throw Failure(path: partial, reason: systemReason()) }
            guard rename(partial, path) == 0 else { throw Failure(path: path, reason: systemReason()) }
        } catch {
            unlink(partial)
            throw error
        }
    }
}
