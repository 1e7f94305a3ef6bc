import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing the cache file: a missing file is a first build; one that cannot be read or used, or
/// saved, is a warning, and the build goes on without it.
extension BuildCache {
    /// The cache file of builds into `options.outputDirectory` (the lock beside it has the extension `lock`).
    ///
    /// It is in `.verity-cache/` in the project's folder, the one holding `content/`, never beside the output:
    /// that may be inside a folder that gets deployed (`--output webroot/desk`), and the cache holds drafts'
    /// text. It is named after the output folder, `output.cache`, with a hash of the output's path added when
    /// the output is not in the project's folder, so that two outputs of one name elsewhere do not share it.
    static func file(for options: BuildOptions) -> URL {
        let output = options.outputDirectory.standardizedFileURL
        let project = options.contentDirectory.standardizedFileURL.deletingLastPathComponent()
        var name = output.lastPathComponent
        if output.deletingLastPathComponent().path != project.path {
            name += "-" + String(ContentHash(output.path).value, radix: 16)
        }
        return project.appendingPathComponent(".verity-cache").appendingPathComponent(name + ".cache")
    }

    /// The cache of the last build, from `url` (`file(for:)`), or `nil` when there is none this build can use.
    ///
    /// A cache file that cannot be read, or is damaged, is reported in `log` as a warning and not used: every page
    /// is then built again, and the build saves a new cache in its place.
    static func load(from url: URL, log: DiagnosticCollector) -> BuildCache? {
        let location = SourceLocation(path: DisplayPath.of(url))
        // No file is no cache (a first build); any other failure says why below.
        var status = stat()
        guard stat(url.path, &status) == 0 || errno != ENOENT else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FileReading.read(url.path, upTo: Int.max)
        } catch {
            log.warning(.unreadableCache(error.reason), at: location)
            return nil
        }
        do {
            return try decode(bytes)
        } catch {
            log.warning(.damagedCache(error.reason), at: location)
            return nil
        }
    }

    /// Saves the cache to `url` (`file(for:)`), or returns a warning saying why it could not be saved.
    ///
    /// The cache is written to a temporary file beside it and renamed into place, so that a full disk or a kill
    /// never leaves part of one. When saving fails the previous cache is removed too: it describes the output
    /// folder the build just replaced. (Where even that fails, as in a read-only folder, what it offers is still
    /// checked file by file against the output, so it is only less useful, never wrong.)
    ///
    /// `write` writes the bytes to an open file: a seam for tests, which make it fail as a full disk does.
    func save(to url: URL, write: FileWriting.DescriptorWriter = FileWriting.write(buffer:to:path:)) -> Diagnostic? {
        do {
            try FileWriting.makeFolder(url.deletingLastPathComponent().path)
            try FileWriting.replace(url.path, with: encoded(), write: write)
            return nil
        } catch {
            unlink(url.path)
            return Diagnostic(
                .unsavedCache(error.reason), at: SourceLocation(path: DisplayPath.of(url)), severity: .warning)
        }
    }
}
