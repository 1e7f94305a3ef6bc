import Foundation

/// The write stage: pages whose bytes changed go into a staging folder beside output/ as they are rendered, and
/// when the whole build succeeded the smallest part of output/ that holds every change (`OutputScope`: one
/// file, one folder, or all of it) is replaced in one atomic step.
///
/// output/ changes only after everything was written, so a failed build leaves it as it was; at every moment it
/// is either the old site or the new one; and files that no longer belong to the site disappear with the part
/// replaced.
struct OutputWriter {
    var outputDirectory: URL
    /// The build cache's file (`BuildCache.file(for:)`), whose partly saved copy a killed build may have left.
    var cacheFile: URL?

    /// The file `generate` puts in every output folder it writes, so that it only ever replaces its own folders.
    static let markerName = ".verity-output"
    static let markerText = "This folder is written by Verity's generate and replaced as a whole on every build.\n"

    /// Problems that make the output folder unsafe to replace: it holds the project, or files generate did not write.
    func preflight(content: URL, templates: URL) -> [Diagnostic] {
        let manager = FileManager.default
        let output = outputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let location = SourceLocation(path: DisplayPath.of(outputDirectory))
        func contains(_ outer: URL, _ inner: URL) -> Bool {
            let outerParts = outer.pathComponents
            let innerParts = inner.standardizedFileURL.resolvingSymlinksInPath().pathComponents
            return innerParts.count >= outerParts.count && Array(innerParts.prefix(outerParts.count)) == outerParts
        }
        var reasons: [String] = []
        let current = URL(fileURLWithPath: manager.currentDirectoryPath)
        let home = URL(fileURLWithPath: NSHomeDirectory())
        if output.pathComponents.count <= 1 {
            reasons.append("it is the root of the file system")
        } else if contains(output, home) {
            reasons.append("it is or contains your home folder")
        } else if contains(output, current) {
            reasons.append("it is or contains the current folder")
        }
        for (name, folder) in [("content", content), ("templates", templates)] {
            if contains(output, folder) || contains(folder.standardizedFileURL.resolvingSymlinksInPath(), output) {
                reasons.append("it overlaps the \(name) folder '\(DisplayPath.of(folder))'")
            }
        }
        guard reasons.isEmpty else { return reasons.map { Diagnostic(.unsafeOutput($0), at: location) } }
        switch FileLister.kind(outputDirectory.standardizedFileURL.path, following: false) {
        case .link:
            reasons.append("it is a symbolic link; give the folder it points to")
        case .file, .other:
            reasons.append("it is a file")
        case .inaccessible(let reason):
            reasons.append("it cannot be looked at: \(reason)")
        case .folder:
            do {
                let entries = try FileLister.names(in: output.path)
                if !entries.isEmpty, !entries.contains(Self.markerName) {
                    reasons.append(
                        "it is not empty and was not written by generate (it has no \(Self.markerName) file); empty "
                            + "it or choose another --output")
                }
            } catch {
                // Whether generate wrote it cannot be told, so it is not replaced.
                reasons.append("it cannot be read: \(error.reason)")
            }
        case .missing:
            break
        }
        return reasons.map { Diagnostic(.unsafeOutput($0), at: location) }
    }

    /// The folder that holds output/ (where the staging folder and the previous output go).
    private var parent: URL { outputDirectory.standardizedFileURL.deletingLastPathComponent() }
    private var name: String { outputDirectory.standardizedFileURL.lastPathComponent }

    /// The staging folder beside output/ that pages are written into while they are rendered.
    var stagingFolder: URL {
        parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Where the fallback swap puts the previous output/ while the new one is renamed into place.
    var previousFolder: URL {
        parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Removes what interrupted builds of this output left beside it: staging folders, previous outputs and a
    /// partly saved cache.
    ///
    /// Call it while holding the `OutputLock` (then no other build is using them), or with `onlyOwn` for this
    /// process's own (on SIGINT). When output/ is missing and a previous output was left between the two renames
    /// of the fallback swap, that previous output is put back instead: the site is never left without one.
    func cleanUpLitter(onlyOwn: Bool = false) {
        // A cache save that was killed halfway left its partial file.
        if !onlyOwn, let cacheFile { unlink(cacheFile.path + ".partial") }
        // An unreadable parent holds no litter this build could remove; making the staging folder reports it.
        guard let names = try? FileLister.names(in: parent.path) else { return }
        let own = ProcessInfo.processInfo.processIdentifier
        for entry in names.sorted() {
            for kind in ["staging", "previous"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !onlyOwn || pid == own
                else { continue }
                let path = parent.appendingPathComponent(entry).path
                if kind == "previous",
                    FileLister.kind(outputDirectory.standardizedFileURL.path, following: false)
                        == .missing, rename(path, outputDirectory.standardizedFileURL.path) == 0
                {
                    continue
                }
                FileWriting.removeTree(path)
            }
        }
    }

    /// Creates an empty staging folder (and the folder it sits in).
    func makeStaging() throws(BuildFailure) -> URL {
        let staging = stagingFolder
        FileWriting.removeTree(staging.path)
        do {
            try FileWriting.makeFolders(staging.path)
        } catch {
            throw besideFailure(error.reason)
        }
        return staging
    }

    /// An error about writing in the folder that holds output/.
    private func besideFailure(_ reason: String) -> BuildFailure {
        BuildFailure(diagnostics: [
            Diagnostic(
                .cannotWriteBeside(output: name, reason: reason), at: SourceLocation(path: DisplayPath.of(parent)))
        ])
    }

    /// An error at the file `relative` of output/ (or at output/ itself when it is empty).
    func failure(_ problem: Problem, at relative: String = "") -> BuildFailure {
        let output = outputDirectory.standardizedFileURL
        let url = relative.isEmpty ? output : output.appendingPathComponent(relative)
        return BuildFailure(diagnostics: [Diagnostic(problem, at: SourceLocation(path: DisplayPath.of(url)))])
    }

    /// Removes the staging folder after a failed build; output/ is left as it was.
    func discard(_ staging: URL) {
        // A folder this build made (never a link): the fast POSIX removal, as for the old output.
        FileWriting.removeTree(staging.path)
    }
}

extension OutputWriter {
    /// The marker file's text: what the folder is, and how many articles it publishes (for the shrink guard).
    static func marker(articles: Int) -> String {
        markerText + "articles: \(articles)\n"
    }

    /// How many articles the output folder published, from its marker; `nil` when it has no marker or count.
    ///
    /// A marker that exists but cannot be read is an error: the shrink guard must not be turned off quietly.
    func publishedArticles() throws(BuildFailure) -> Int? {
        let path = outputDirectory.standardizedFileURL.appendingPathComponent(Self.markerName).path
        let bytes: [UInt8]
        do {
            bytes = try FileReading.read(path, upTo: 4096)
        } catch {
            if FileLister.kind(path, following: false) == .missing { return nil }
            throw failure(.unreadableFile(error.reason), at: Self.markerName)
        }
        let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("articles: ") }
        return line.flatMap { Int($0.dropFirst("articles: ".count)) }
    }
}
