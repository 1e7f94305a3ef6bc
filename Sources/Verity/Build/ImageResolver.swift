import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Finds the image files articles name, inside content/, and reads each one's size from its header.
///
/// A path is relative to the article file, so to `content/articles/`, and may go up (`../static/logo.svg`) as
/// long as it stays inside content/, symbolic links included. Only the header is read: a few dozen bytes for
/// PNG and WebP, each segment's first bytes up to the frame header for JPEG, at most 64 KB for SVG.
struct ImageResolver: Sendable {
    /// The folder article files are in, which image paths are relative to.
    let articlesFolder: URL
    /// content/ with its symbolic links resolved, which every image's real path must be inside.
    private let realContent: String?

    /// What `resolve` finds: the file, or the problem to report where its path is written.
    enum Resolution: Sendable {
        case file(ImageFile)
        case problem(Problem)
    }

    init(contentDirectory: URL) {
        articlesFolder = contentDirectory.appendingPathComponent("articles")
        realContent = Self.realPath(contentDirectory.path)
    }

    /// The file `src` names (as written in the article, percent-decoded), or the problem with it.
    func resolve(_ src: String) -> Resolution {
        if LinkScanner.isExternal(src) { return .problem(.imageNotInContent(src)) }
        guard !src.hasPrefix("/") else { return .problem(.imageOutsideContent(src)) }
        // The path inside content/, with `.` and `..` taken away; `..` past content/ leaves it.
        var parts = ["articles"]
        for part in src.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return .problem(.imageOutsideContent(src)) }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        guard let name = parts.last, parts.count > 1 || name != "articles" else {
            return .problem(.missingImage(src, folder: DisplayPath.of(articlesFolder) + "/", suggestion: nil))
        }
        guard let format = ImageFormat(fileName: name) else { return .problem(.unsupportedImageType(src)) }
        let content = articlesFolder.deletingLastPathComponent()
        let url = parts.reduce(content) { $0.appendingPathComponent($1) }
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                let folder = url.deletingLastPathComponent()
                return .problem(
                    .missingImage(
                        src, folder: DisplayPath.of(folder) + "/", suggestion: suggestion(for: name, in: folder)))
            }
            return .problem(.unreadableImage(src, reason: FileWriting.systemReason(code)))
        }
        guard let realContent, let real = Self.realPath(url.path), real.hasPrefix(realContent + "/") else {
            return .problem(.imageOutsideContent(src))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .problem(.unreadableImage(src, reason: "it is not a file"))
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .problem(.unreadableImage(src, reason: FileWriting.systemReason())) }
        defer { close(descriptor) }
        let size = ImageDimensions.read(format) { offset, count in
            guard offset >= 0, count > 0 else { return [] }
            var bytes = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let read = bytes.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
                }
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { break }
                filled += read
            }
            return Array(bytes[..<filled])
        }
        guard let size else { return .problem(.damagedImage(src, format: format)) }
        return .file(
            ImageFile(source: parts.joined(separator: "/"), name: name, format: format, size: size))
    }

    /// The closest image file name in `folder` to a missing `name`, for a "did you mean".
    private func suggestion(for name: String, in folder: URL) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        return Suggestion.closest(to: name, in: names.filter { ImageFormat(fileName: $0) != nil }.sorted())
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
