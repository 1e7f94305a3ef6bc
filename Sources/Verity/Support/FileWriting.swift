#if canImport(Glibc)
import Glibc
#endif

/// Writes files with plain POSIX calls: no temporary file and no `fsync` per file.
///
/// Foundation's `Data.write(to:)` does both, which made writing ten thousand pages take seconds. Durability
/// comes from writing into a staging folder that is swapped in as a whole.
enum FileWriting {
    /// An error from the file system, with its `strerror` text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Creates or truncates `path` and writes `text` to it.
    static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(buffer: $0, to: path) }
    }

    /// Creates or truncates `path` and writes `bytes` to it.
    static func write(bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBufferPointer { try write(buffer: $0, to: path) }
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
            guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }

        deinit {
            close(descriptor)
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

    private static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try write(buffer: bytes, to: descriptor, path: path)
    }

    /// Writes all of `bytes` to the open file `descriptor` (shown as `path` in errors).
    fileprivate static func write(buffer bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Creates the folder `path` (its parent must exist); an existing folder is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

extension FileWriting {
    /// Removes `path` and everything below it with plain POSIX calls.
    ///
    /// Much faster than FileManager on folders of thousands of files. Errors are ignored: what is left is only an
    /// old copy.
    static func removeTree(_ path: String) {
        guard let directory = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
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
