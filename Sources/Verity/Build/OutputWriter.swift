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
    private var previousFolder: URL {
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
        if !onlyOwn { unlink(BuildCache.file(for: outputDirectory).path + ".partial") }
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

    /// What `finish` did: the folder left to remove, and every file of the new output.
    struct Finished {
        /// What the swap left beside output/, for the caller to remove; `nil` when there is nothing.
        ///
        /// The previous output folder, or the staging folder holding what was replaced: the caller removes it
        /// (with `FileWriting.removeTree`) while it does other work.
        var leftover: URL?
        /// Every file of the new output, for the next build's cache (copied files with hash 0).
        var outputs: [String: OutputRecord]
        /// The output folder's identity after the swap, for the next build's cache.
        var folder: OutputRecord.FolderIdentity?
        var scope: OutputScope
    }

    /// Finishes the staging folder (marker, copied files) and puts it in place of output/, replacing only what
    /// changed.
    ///
    /// `written` are the files the sink wrote into `staging`, `outputs` every file of the new output.
    /// `previous` are the files of the current output/ as the cache recorded them, or `nil` when that is not
    /// known: then the whole folder is replaced. Before a part of output/ is replaced, `cacheFile` is removed, so
    /// that a build killed before saving the new cache does not trust a record of what output/ no longer holds.
    func finish(
        _ staging: URL, copies: [(destination: String, source: URL)], articles: Int = 0,
        outputs generated: [String: OutputRecord] = [:], written generatedWritten: Set<String>? = nil,
        previous: [String: OutputRecord]? = nil, cacheFile: URL? = nil
    ) throws(BuildFailure) -> Finished {
        let output = outputDirectory.standardizedFileURL
        var outputs = generated
        // Without a record of what the sink wrote, everything in the staging folder is new.
        var written = generatedWritten ?? Set(generated.keys)
        do throws(FileWriting.Failure) {
            let text = Self.marker(articles: articles)
            let old = try? FileReading.read(output.appendingPathComponent(Self.markerName).path, upTo: 4096)
            // Kept when it has the bytes and the mode a clean build gives it.
            let same =
                old == Array(text.utf8)
                && FileWriting.hasCreatedMode(output.appendingPathComponent(Self.markerName).path)
            let markerPath = (same ? output : staging).appendingPathComponent(Self.markerName).path
            if !same {
                try FileWriting.write(text, to: markerPath)
                written.insert(Self.markerName)
            }
            guard let record = OutputRecord(hash: ContentHash(text).value, path: markerPath) else {
                throw FileWriting.Failure(path: markerPath, reason: FileWriting.systemReason())
            }
            outputs[Self.markerName] = record
        } catch {
            discard(staging)
            throw failure(.cannotWrite(error.reason), at: Self.markerName)
        }
        for copy in copies {
            let target = staging.appendingPathComponent(copy.destination)
            // An unchanged file keeps the previous build's copy (and its modification time) when it is still
            // what a clean build would write: the same bytes, a regular file, the mode new files get.
            let old = output.appendingPathComponent(copy.destination).path
            if FileWriting.hasCreatedMode(old),
                FileManager.default.contentsEqual(atPath: old, andPath: copy.source.path),
                let record = OutputRecord(hash: 0, path: old)
            {
                outputs[copy.destination] = record
                continue
            }
            do {
                try FileWriting.makeParentFolders(of: copy.destination, in: staging.path)
            } catch {
                discard(staging)
                throw failure(.cannotWrite(error.reason), at: copy.destination)
            }
            do {
                try FileWriting.copy(copy.source.path, to: target.path)
            } catch {
                discard(staging)
                switch error {
                case .read(let reason):
                    throw BuildFailure(diagnostics: [
                        Diagnostic(.unreadableFile(reason), at: SourceLocation(path: DisplayPath.of(copy.source)))
                    ])
                case .write(let reason):
                    throw failure(.cannotWrite(reason), at: copy.destination)
                }
            }
            guard let record = OutputRecord(hash: 0, path: target.path) else {
                discard(staging)
                throw failure(.cannotWrite(FileWriting.systemReason()), at: copy.destination)
            }
            outputs[copy.destination] = record
            written.insert(copy.destination)
        }
        var scope = OutputScope.whole
        if let previous, !previous.isEmpty, !Self.forceRenames,
            FileLister.kind(output.path, following: false) == .folder
        {
            let removed = previous.keys.filter { outputs[$0] == nil }
            scope = .of(changed: written.union(removed), old: Set(previous.keys), new: Set(outputs.keys))
        }
        // The cache goes before output/ changes, and the new one is saved after: a build killed in between
        // leaves none, so the next build trusts no record of what output/ held (see `forget`).
        if scope != .nothing, !Self.forget(cacheFile) { scope = .whole }
        let leftover: URL?
        switch scope {
        case .nothing:
            leftover = staging
        case .file(let path):
            if replaceFile(path, from: staging, adding: outputs[path] != nil) {
                leftover = staging
            } else {
                // output/ is not as the cache recorded it (a folder removed by hand, say), and nothing has
                // changed yet: the whole folder after all.
                try fill(staging, with: outputs, except: written, under: "")
                leftover = try swap(staging)
                scope = .whole
            }
        case .folder(let folder):
            try fill(staging, with: outputs, except: written, under: folder + "/")
            switch exchangeFolder(folder, from: staging) {
            case .exchanged:
                leftover = staging
            case .unsupported, .failed:
                // No atomic exchange here, or output/ is not as the cache recorded it; either way nothing has
                // changed yet: the whole folder after all, swapped as a build without a cache does it.
                try fill(staging, with: outputs, except: written, under: "")
                leftover = try swap(staging)
                scope = .whole
            }
        case .whole:
            try fill(staging, with: outputs, except: written, under: "")
            leftover = try swap(staging)
        }
        if scope != .nothing { Self.pause(.afterSwap) }
        return Finished(
            leftover: leftover, outputs: outputs, folder: OutputRecord.FolderIdentity(path: output.path),
            scope: scope)
    }

    /// Removes the cache file before output/ is changed; `false` when it is there and cannot be removed.
    ///
    /// Then the whole folder is replaced, which gives exactly the new site whatever the cache says; and the
    /// stale cache names another folder (`OutputRecord.FolderIdentity`), so no later build trusts its list of
    /// output files to replace only a part of output/.
    private static func forget(_ cacheFile: URL?) -> Bool {
        guard let cacheFile else { return true }
        return unlink(cacheFile.path) == 0 || errno == ENOENT
    }

    /// Links each file of `outputs` under `prefix` that the staging folder lacks (those not in `written`) from
    /// output/, so that the staging folder holds that part of the new output whole.
    private func fill(
        _ staging: URL, with outputs: [String: OutputRecord], except written: Set<String>, under prefix: String
    ) throws(BuildFailure) {
        let output = outputDirectory.standardizedFileURL.path
        for path in outputs.keys.sorted() where path.hasPrefix(prefix) && !written.contains(path) {
            let source = output + "/" + path
            let target = staging.path + "/" + path
            do {
                try FileWriting.makeParentFolders(of: path, in: staging.path)
                if FileWriting.link(source, as: target) || errno == EEXIST { continue }
                // Where a link is refused (too many links, another file system), a copy gives the same bytes.
                try FileWriting.copy(source, to: target)
            } catch let error as FileWriting.Failure {
                discard(staging)
                throw failure(.cannotWrite(error.reason), at: path)
            } catch let error as FileWriting.CopyFailure {
                discard(staging)
                switch error {
                case .read(let reason), .write(let reason): throw failure(.cannotWrite(reason), at: path)
                }
            } catch {
                discard(staging)
                throw failure(.cannotWrite("\(error)"), at: path)
            }
        }
    }

    /// Puts the staged file `path` in place of output/'s with one rename (or removes it when the new output
    /// does not have it); `false`, with output/ unchanged, when that cannot be done.
    ///
    /// A file to remove that is already gone counts as removed.
    private func replaceFile(_ path: String, from staging: URL, adding: Bool) -> Bool {
        let target = outputDirectory.standardizedFileURL.path + "/" + path
        Self.pause(.beforeSwap)
        Self.swapGate.lock()
        defer { Self.swapGate.unlock() }
        return adding ? rename(staging.path + "/" + path, target) == 0 : unlink(target) == 0 || errno == ENOENT
    }

    /// Exchanges the staged folder `folder` with output/'s in one step; the old one ends up in the staging folder.
    ///
    /// Nothing changes unless the result is `exchanged`.
    private func exchangeFolder(_ folder: String, from staging: URL) -> FileWriting.Exchange {
        Self.pause(.beforeSwap)
        Self.swapGate.lock()
        defer { Self.swapGate.unlock() }
        return FileWriting.exchange(
            staging.path + "/" + folder, outputDirectory.standardizedFileURL.path + "/" + folder)
    }

    /// Puts `staging` in place of output/: one atomic exchange where the system has it, else two renames.
    private func swap(_ staging: URL) throws(BuildFailure) -> URL? {
        let output = outputDirectory.standardizedFileURL
        Self.pause(.beforeSwap)
        // A signal's clean-up (`stopForSignal`) and the swap never overlap: the clean-up could otherwise remove
        // half of the staging folder just before it becomes output/.
        Self.swapGate.lock()
        defer { Self.swapGate.unlock() }
        guard FileLister.kind(output.path, following: false) != .missing else {
            guard rename(staging.path, output.path) == 0 else {
                let reason = FileWriting.systemReason()
                discard(staging)
                throw failure(.cannotReplaceOutput(reason))
            }
            return nil
        }
        // The old output/ ends up where staging was, or (fallback) at the previous folder.
        let previous: URL
        switch Self.forceRenames ? .unsupported : FileWriting.exchange(staging.path, output.path) {
        case .exchanged:
            previous = staging
        case .failed(let reason):
            discard(staging)
            throw failure(.cannotReplaceOutput(reason))
        case .unsupported:
            // Two renames: a build killed between them leaves no output/, which the next build restores from the
            // previous folder (`cleanUpLitter`).
            previous = previousFolder
            guard rename(output.path, previous.path) == 0 else {
                let reason = FileWriting.systemReason()
                discard(staging)
                throw failure(.cannotReplaceOutput(reason))
            }
            Self.pause(.betweenRenames)
            guard rename(staging.path, output.path) == 0 else {
                let reason = FileWriting.systemReason()
                guard rename(previous.path, output.path) == 0 else {
                    // The old site stays beside its place, where the next build's `cleanUpLitter` puts it back.
                    discard(staging)
                    throw failure(.cannotReplaceOutput(reason, previous: DisplayPath.of(previous)))
                }
                discard(staging)
                throw failure(.cannotReplaceOutput(reason))
            }
        }
        return previous
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

    /// Held by the swap, and by a signal's clean-up until the process exits.
    private static let swapGate = NSLock()

    /// Removes this process's staging folder (or puts a previous output back) for a build stopped by a signal.
    ///
    /// Takes the swap's lock and never gives it back: call it only right before the process ends.
    func stopForSignal() {
        Self.swapGate.lock()
        cleanUpLitter(onlyOwn: true)
    }

    /// Points where a fault-injection test can stop a build (`VERITY_TEST_PAUSE`): the build says so on standard
    /// error and sleeps, for the test to kill it there.
    enum PausePoint: String {
        case beforeSwap = "before-swap"
        case betweenRenames = "between-renames"
        /// After output/ was replaced, before the cache is saved and what was replaced is removed.
        case afterSwap = "after-swap"
    }

    private static let pausePoint = ProcessInfo.processInfo.environment["VERITY_TEST_PAUSE"].flatMap(PausePoint.init)

    /// Whether the two-rename swap is used even where the exchange works (to test it).
    private static let forceRenames = pausePoint == .betweenRenames

    private static func pause(_ point: PausePoint) {
        guard pausePoint == point else { return }
        FileHandle.standardError.write(Data("generate: paused \(point.rawValue) (VERITY_TEST_PAUSE)\n".utf8))
        // Until the test kills the process: a signal cuts `sleep` short, and the build must not go on then.
        while true { sleep(3600) }
    }
}
