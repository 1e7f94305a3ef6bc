#if canImport(Glibc)
import Glibc
#endif

/// What the build cache knows of one output file: its content hash, and the file's identity on disk.
///
/// A file is trusted to still hold those bytes only while its size, inode and modification time are the
/// ones recorded; anything that rewrote it since (a hand edit, a `--no-cache` build, another binary) changes
/// at least one of them.
struct OutputRecord: Hashable, Sendable {
    var hash: UInt64
    var size: Int
    var inode: UInt64
    var modified: Int64
    var modifiedNanoseconds: Int64
}

extension OutputRecord {
    /// The record of the file at `path` holding bytes with `hash`, or `nil` when there is no such file.
    init?(hash: UInt64, path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(hash: hash, status: status)
    }

    private init(hash: UInt64, status: stat) {
        self.init(
            hash: hash, size: Int(status.st_size), inode: UInt64(status.st_ino),
            modified: Int64(status.st_mtim.tv_sec), modifiedNanoseconds: Int64(status.st_mtim.tv_nsec))
    }

    /// Whether the file at `path` is still the one recorded (same size, inode and modification time) and has the
    /// mode a clean build would give it: a file made unreadable by hand is written anew, not linked again.
    func matchesFile(at path: String) -> Bool {
        // One `lstat`: a symbolic link is not a file the build wrote; for a regular file it is what `stat` gives.
        var status = stat()
        return lstat(path, &status) == 0 && FileWriting.isCreatedFile(status)
            && OutputRecord(hash: hash, status: status) == self
    }
}

extension OutputRecord {
    /// Which folder output/ is (device and inode): a folder swapped in whole is another one.
    ///
    /// The cache records it after each build. Only while output/ is still that folder does the next build trust
    /// the cache's list of output files enough to replace a part of output/ (see `OutputWriter.finish`): a build
    /// killed after swapping in a whole new folder, before saving its cache, leaves a cache of another folder.
    struct FolderIdentity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64

        init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }

        /// The identity of the folder at `path`; `nil` when there is none.
        init?(path: String) {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
            self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        }
    }
}
