import Foundation

/// Receives each generated file as soon as it is rendered: writes it into the staging folder (or keeps it in
/// memory when there is none) and returns its summary, so that a large site is never held in memory whole.
///
/// A file with the same bytes as the last build's, still untouched in the output folder, is not written: it
/// stays there, and `OutputWriter.finish` replaces only what changed.
final class OutputSink: @unchecked Sendable {
    /// Where files are written; `nil` keeps them in memory (tests) or drops them (`generate check`).
    let staging: URL?
    /// Without a staging folder: whether files are kept in memory or dropped once summarised.
    private let keepsFiles: Bool
    private let lock = NSLock()
    private var kept: [String: OutputFile] = [:]
    private var firstFailure: FileWriting.Failure?
    /// The output folder of the last build and its files' hashes: unchanged files stay there.
    private let previous: URL?
    private let previousOutputs: [String: OutputRecord]
    /// Hash and size of every file of the new output (written into the staging folder or kept from the last
    /// build), for the next build's cache.
    private(set) var outputs: [String: OutputRecord] = [:]
    /// The files written into the staging folder: new, or with other bytes than the last build's.
    private(set) var written: Set<String> = []

    init(staging: URL?, previous: URL? = nil, previousOutputs: [String: OutputRecord] = [:], keepsFiles: Bool = true) {
        self.staging = staging
        self.keepsFiles = keepsFiles
        self.previous = previous
        self.previousOutputs = previousOutputs
    }

    /// Keeps a page of the last build, unchanged: it stays where it is in the output folder.
    ///
    /// The caller checked that the file is still the one the last build wrote (`CachePlan.cachedPage`).
    func reuse(_ summary: OutputSummary) -> OutputSummary {
        guard staging != nil, let old = previousOutputs[summary.path] else {
            lock.withLock {
                if firstFailure == nil {
                    firstFailure = FileWriting.Failure(path: summary.path, reason: "not in the last build")
                }
            }
            return summary
        }
        lock.withLock { outputs[summary.path] = old }
        return summary
    }

    private func makeFolders(for path: String, in staging: URL) throws {
        try FileWriting.makeParentFolders(of: path, in: staging.path)
    }

    /// Keeps the first failure, at the file's path relative to the output folder.
    private func record(_ error: Error, path: String) {
        let reason = (error as? FileWriting.Failure)?.reason ?? (error as NSError).localizedDescription
        let failure = FileWriting.Failure(path: path, reason: reason)
        lock.withLock { if firstFailure == nil { firstFailure = failure } }
    }

    /// Writes or keeps `file`; safe to call from several threads at once.
    func accept(_ file: OutputFile) {
        guard let staging else {
            if keepsFiles { lock.withLock { kept[file.path] = file } }
            return
        }
        let hash = ContentHash(bytes: file.bytes).value
        // Same bytes as the last build, in a file nothing has touched since: it stays, with its time.
        if let previous, let old = previousOutputs[file.path], old.hash == hash, old.size == file.bytes.count,
            old.matchesFile(at: previous.path + "/" + file.path)
        {
            lock.withLock { outputs[file.path] = old }
            return
        }
        do {
            try makeFolders(for: file.path, in: staging)
            let target = staging.path + "/" + file.path
            try FileWriting.write(bytes: file.bytes, to: target)
            try keep(file.path, hash: hash, at: target)
        } catch {
            record(error, path: file.path)
        }
    }

    /// Writes the file `make` makes from an input whose hash is `inputHash` (a share card from its SVG); `make`
    /// runs only when the last build's file was made from another input or was touched since.
    ///
    /// The file's record holds the input's hash, not the bytes': such a file is kept by what it is made from.
    /// Without a staging folder the file is made only when files are kept (tests), not for `generate check`.
    func acceptMade<Failure: Error>(path: String, inputHash: UInt64, make: () throws(Failure) -> [UInt8])
        throws(Failure)
    {
        guard let staging else {
            guard keepsFiles else { return }
            let file = OutputFile(path: path, bytes: try make())
            lock.withLock { kept[path] = file }
            return
        }
        if let previous, let old = previousOutputs[path], old.hash == inputHash,
            old.matchesFile(at: previous.path + "/" + path)
        {
            lock.withLock { outputs[path] = old }
            return
        }
        let bytes = try make()
        do {
            try makeFolders(for: path, in: staging)
            let target = staging.path + "/" + path
            try FileWriting.write(bytes: bytes, to: target)
            try keep(path, hash: inputHash, at: target)
        } catch {
            record(error, path: path)
        }
    }

    /// Records the file just written at `target` as the output's `path`.
    private func keep(_ path: String, hash: UInt64, at target: String) throws(FileWriting.Failure) {
        guard let record = OutputRecord(hash: hash, path: target) else {
            throw FileWriting.Failure(path: target, reason: FileWriting.systemReason())
        }
        lock.withLock {
            outputs[path] = record
            written.insert(path)
        }
    }

    /// Writes a file (not an HTML page) that `produce` hands over in pieces, so that it is never in memory whole;
    /// as `accept`, an unchanged file ends up linked from the last build so that its time stays.
    func acceptStreamed(path: String, produce: (_ emit: @escaping (String) -> Void) -> Void) -> OutputSummary {
        let summary = OutputSummary(path: path, ids: [], links: [], bodyLinks: [:], template: nil)
        guard let staging else {
            // Kept in memory for tests; `generate check` only needs the pieces produced, not joined.
            guard keepsFiles else {
                produce { _ in }
                return summary
            }
            var whole = ""
            produce { whole += $0 }
            accept(OutputFile(path: path, contents: whole))
            return summary
        }
        do {
            try makeFolders(for: path, in: staging)
            let target = staging.path + "/" + path
            let stream = try FileWriting.Stream(path: target)
            var failure: Error?
            produce { chunk in
                guard failure == nil else { return }
                do { try stream.write(chunk) } catch { failure = error }
            }
            if let failure { throw failure }
            try stream.finish()
            let hash = stream.contentHash
            if let previous, let old = previousOutputs[path], old.hash == hash, old.size == stream.count,
                old.matchesFile(at: previous.path + "/" + path)
            {
                // Same bytes as last time: the old file (and its time) stays, and the new one goes.
                unlink(target)
                lock.withLock { outputs[path] = old }
            } else {
                try keep(path, hash: hash, at: target)
            }
        } catch {
            record(error, path: path)
        }
        return summary
    }

    /// The first write that failed, if any, at its path relative to the output folder.
    var failure: FileWriting.Failure? {
        lock.withLock { firstFailure }
    }

    /// The files kept in memory, in the order of `paths`.
    func files(in paths: [String]) -> [OutputFile] {
        lock.withLock { paths.compactMap { kept[$0] } }
    }
}
