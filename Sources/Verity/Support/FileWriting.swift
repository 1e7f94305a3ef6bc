#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain POSIX calls: no temporary file and no `fsync` per file.
///
/// Foundation's `Data.write(to:)` does both, which made writing ten thousand pages take seconds. Durability
/// comes from writing into a staging folder that is swapped in as a whole.
enum FileWriting {
    /// An error from the file system, with its `strerror` text.
    struct Failure: Error, Equatable, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// The system's words for the error `code` (`strerror`), such as "Permission denied".
    static func systemReason(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Creates or truncates `path` and writes `text` to it.
    static func write(_ text: String, to path: String) throws(Failure) {
        var text = text
        try text.withUTF8 { buffer in Result { () throws(Failure) in try write(buffer: buffer, to: path) } }.get()
    }

    /// Creates or truncates `path` and writes `bytes` to it.
    static func write(bytes: [UInt8], to path: String) throws(Failure) {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Failure) in try write(buffer: buffer, to: path) }
        }.get()
    }

    /// A file written piece by piece (`claims.json`), with the content hash of what was written.
    final class Stream {
        let path: String
        private let descriptor: Int32
        private(set) var hash = ContentHash()
        private(set) var count = 0

        init(path: String) throws {
            self.path = path
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(path: path, reason: systemReason()) }
        }

        private var isOpen = true

        deinit {
            if isOpen { close(descriptor) }
        }

        /// Closes the file; some file systems (NFS) report a full disk only here.
        func finish() throws {
            isOpen = false
            if close(descriptor) != 0 { throw Failure(path: path, reason: systemReason()) }
        }

        /// Appends `text`.
        func write(_ text: String) throws {
            var text = text
            try text.withUTF8 { bytes in
                hash.addUnsized(bytes)
                count += bytes.count
                try FileWriting.write(buffer: bytes, to: descriptor, path: path)
            }
        }

        /// The hash `ContentHash(contents)` would give for everything written.
        var contentHash: UInt64 {
            var final = hash
            final.add(UInt64(count))
            return final.value
        }
    }

    /// Hard-links the existing file `source` as `target`: the same bytes and modification time, nothing written.
    static func link(_ source: String, as target: String) -> Bool {
        Glibc.link(source, target) == 0
    }

    private static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: systemReason()) }
        do {
            try write(buffer: bytes, to: descriptor, path: path)
        } catch {
            close(descriptor)
            throw error
        }
        // Some file systems (NFS) report a full disk only when the file is closed.
        if close(descriptor) != 0 { throw Failure(path: path, reason: systemReason()) }
    }

    /// Writes all of `bytes` to the open file `descriptor` (shown as `path` in errors).
    static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String) throws(Failure) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: systemReason())
            }
            offset += written
        }
    }

    /// Creates the folder `path` and the missing folders above it (`mkdir -p`); an existing folder is fine.
    static func makeFolders(_ path: String) throws(Failure) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard errno == ENOENT, !parent.isEmpty else {
            throw Failure(path: path, reason: systemReason())
        }
        try makeFolders(parent)
        try makeFolder(path)
    }

    /// Creates the folders of the file path `relative` (all but its last part) inside the existing folder `root`.
    static func makeParentFolders(of relative: String, in root: String) throws(Failure) {
        var folder = root
        for component in relative.split(separator: "/").dropLast() {
            folder += "/" + component
            try makeFolder(folder)
        }
    }

    /// Creates the folder `path` (its parent must exist); an existing folder is fine.
    static func makeFolder(_ path: String) throws(Failure) {
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(path: path, reason: systemReason())
        }
    }
}

extension FileWriting {
    /// Removes `path` and everything below it with plain POSIX calls.
    ///
    /// Much faster than FileManager on folders of thousands of files. Errors are ignored: what is left is only an
    /// old copy.
    static func removeTree(_ path: String) {
        var opened = opendir(path)
        if opened == nil, errno == EACCES {
            // A folder of an old output made unreadable by hand: ours to remove, so make it readable first.
            chmod(path, 0o700)
            opened = opendir(path)
        }
        guard let directory = opened else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            guard let name = FileLister.entryName(entry) else { continue }
            let child = path + "/" + name
            if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                removeTree(child)
            } else if unlink(child) != 0, errno == EISDIR {
                removeTree(child)
            }
        }
        closedir(directory)
        rmdir(path)
    }
}

extension FileWriting {
    /// What `exchange` did.
    enum Exchange {
        case exchanged
        /// The system or the file system has no atomic exchange: the caller falls back to two renames.
        case unsupported
        case failed(String)
    }

    /// `renameat2(2)` with `RENAME_EXCHANGE` swaps two paths in one step, found at run time: Swift's Glibc module
    /// does not declare it (it needs `_GNU_SOURCE`), and glibc before 2.28 does not have it.
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) ->
        Int32
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Atomically swaps the folders at `first` and `second` (Linux 3.15 and later, on most local file systems).
    static func exchange(_ first: String, _ second: String) -> Exchange {
        guard let renameat2 else { return .unsupported }
        let renameExchange: UInt32 = 2  // RENAME_EXCHANGE from <linux/fs.h>
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        // No such system call, or a file system (some network ones) without the flag.
        // EPERM: a seccomp profile that does not know the call answers so (a real permission problem shows up
        // again in the fallback's first rename).
        return [ENOSYS, EINVAL, EPERM, EOPNOTSUPP].contains(errno) ? .unsupported : .failed(systemReason())
    }

    /// The mode a file written by the build gets: `0644` less the process's umask, as a clean build makes it.
    static let createdMode: mode_t = {
        // /proc gives the umask without changing it (changing it would race with other threads creating files).
        if let status = try? FileReading.read("/proc/self/status", upTo: 8192),
            let line = String(decoding: status, as: UTF8.self).split(separator: "\n").first(where: {
                $0.hasPrefix("Umask:")
            }), let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return 0o644 & ~mask
        }
        let mask = umask(0o022)
        umask(mask)
        return 0o644 & ~mask
    }()

    /// Whether `path` is a regular file with the mode the build gives new files (so linking it changes nothing a
    /// clean build would not).
    static func hasCreatedMode(_ path: String) -> Bool {
        var info = stat()
        // `lstat`: a symbolic link put in the output by hand is not a file the build wrote.
        return lstat(path, &info) == 0 && isCreatedFile(info)
    }

    /// Whether `status` is that of a regular file with the mode the build gives new files.
    static func isCreatedFile(_ status: stat) -> Bool {
        status.st_mode == S_IFREG | createdMode
    }

    /// Why a copy failed: reading the source or writing the copy.
    enum CopyFailure: Error {
        case read(String)
        case write(String)
    }

    /// Copies the file `source` to `target` (created with the build's mode) in pieces, so a large file is never
    /// in memory whole.
    static func copy(_ source: String, to target: String) throws(CopyFailure) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .read(systemReason()) }
        defer { close(input) }
        // A copy is always a new file in the staging folder: never follow or truncate something already there.
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw .write(systemReason()) }
        var closed = false
        defer { if !closed { close(output) } }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .read(systemReason())
            }
            if count == 0 {
                closed = true
                if close(output) != 0 { throw .write(systemReason()) }
                return
            }
            let written = chunk.withUnsafeBufferPointer { buffer in
                Result { () throws(Failure) in
                    try write(buffer: UnsafeBufferPointer(rebasing: buffer[..<count]), to: output, path: target)
                }
            }
            if case .failure(let failure) = written { throw .write(failure.reason) }
        }
    }
}
