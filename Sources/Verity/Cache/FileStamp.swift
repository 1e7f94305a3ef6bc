import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a content file, to tell without reading it that it is the file the last build read (as
/// git's index does): any write changes its modification or change time, a replacement its inode.
struct FileStamp: Hashable, Sendable {
    var size: Int
    var modified: Int64
    var modifiedNanoseconds: Int64
    var changed: Int64
    var changedNanoseconds: Int64
    var inode: UInt64
    var device: UInt64

}

extension FileStamp {
    init(_ status: stat) {
        self.init(
            size: Int(status.st_size), modified: Int64(status.st_mtim.tv_sec),
            modifiedNanoseconds: Int64(status.st_mtim.tv_nsec), changed: Int64(status.st_ctim.tv_sec),
            changedNanoseconds: Int64(status.st_ctim.tv_nsec), inode: UInt64(status.st_ino),
            device: UInt64(status.st_dev))
    }

    /// How close to the moment a file was read its last change may be for its stamp to be trusted later.
    ///
    /// A file system stamps times at a coarse tick (a few milliseconds; seconds on some), so a file changed
    /// again within the tick in which it was read keeps its stamp. Such a "racy" file is not trusted: the next
    /// build reads it again. Two seconds cover every file system's tick.
    static let racyWindow: Int64 = 2

    /// The stamp of a file read at `readAt` (seconds since 1970), or `nil` when it changed too recently then to
    /// be trusted (`racyWindow`).
    static func trusted(_ status: stat, readAt: Int64) -> FileStamp? {
        let stamp = FileStamp(status)
        return max(stamp.modified, stamp.changed) + racyWindow > readAt ? nil : stamp
    }

    func write(to writer: inout CacheWriter) {
        writer.write(size)
        writer.write(Int(modified))
        writer.write(Int(modifiedNanoseconds))
        writer.write(Int(changed))
        writer.write(Int(changedNanoseconds))
        writer.write(inode)
        writer.write(device)
    }

    static func read(from reader: inout CacheReader) -> FileStamp {
        FileStamp(
            size: reader.int(in: 0...Int.max, "file size"), modified: Int64(reader.int()),
            modifiedNanoseconds: Int64(reader.int(in: 0...999_999_999, "nanosecond count")),
            changed: Int64(reader.int()),
            changedNanoseconds: Int64(reader.int(in: 0...999_999_999, "nanosecond count")), inode: reader.uint64(),
            device: reader.uint64())
    }
}
