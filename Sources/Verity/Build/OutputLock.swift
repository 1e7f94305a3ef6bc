import Foundation

/// The lock that lets one build at a time write an output folder: `flock` on `.verity-cache/NAME.lock` in the
/// project's folder, beside the build cache (`BuildCache.file(for:)`).
///
/// The lock file holds the process id of the build that has it, so that a second build can say whom it waits
/// for. The file stays (removing a lock file races with a process about to take it); the kernel drops the lock
/// when its holder exits, however it exits.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock `file`, waiting for the build that holds it.
    ///
    /// `waiting` is told that build's process id first. Throws a diagnostic at the lock's folder when the lock
    /// cannot be made there.
    init(file: URL, waiting: (String) -> Void) throws(BuildFailure) {
        let path = file.path
        let folder = (path as NSString).deletingLastPathComponent
        func failure(_ reason: String) -> BuildFailure {
            BuildFailure(diagnostics: [
                Diagnostic(
                    .cannotMakeCacheFolder(reason),
                    at: SourceLocation(path: DisplayPath.of(URL(fileURLWithPath: folder))))
            ])
        }
        do {
            // The output may go into folders that do not exist yet (`--output site/2025/out`).
            try FileWriting.makeFolders(folder)
        } catch {
            throw failure(error.reason)
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(FileWriting.systemReason()) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? FileReading.read(path, upTo: 32)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let pid = holder.trimmingCharacters(in: .whitespacesAndNewlines)
            waiting(pid.isEmpty ? "unknown" : pid)
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = FileWriting.systemReason()
                    close(descriptor)
                    throw failure(reason)
                }
            }
        }
        let text = "\(getpid())\n"
        ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        // Closing the last descriptor releases the lock.
        close(descriptor)
    }
}
