import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Putting a finished staging folder in place: the smallest part of output/ that holds every change, replaced in
/// one atomic step.
extension OutputWriter {
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
