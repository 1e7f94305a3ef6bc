import Foundation

/// Receives each generated file as soon as it is rendered: writes it into the staging folder (or keeps it in
/// memory when there is none) and returns its summary, so that a large site is never held in memory whole.
final class OutputSink: @unchecked Sendable {
    /// Where files are written; `nil` keeps them in memory (tests) or drops them (`generate check`).
    let staging: URL?
    /// Without a staging folder: whether files are kept in memory or dropped once summarised.
    private let keepsFiles: Bool
    private let lock = NSLock()
    private var kept: [String: OutputFile] = [:]
    private var firstFailure: FileWriting.Failure?
    /// The output folder of the last build and its files' hashes: unchanged files are linked from there.
    private let previous: URL?
    private let previousOutputs: [String: OutputRecord]
    /// Hash and size of every file now in the staging folder, for the next build's cache.
    private(set) var outputs: [String: OutputRecord] = [:]

    init(staging: URL?, previous: URL? = nil, previousOutputs: [String: OutputRecord] = [:], keepsFiles: Bool = true) {
        self.staging = staging
        self.keepsFiles = keepsFiles
        self.previous = previous
        self.previousOutputs = previousOutputs
    }

    /// Links a page of the last build, unchanged, into the staging folder.
    func reuse(_ summary: OutputSummary) -> OutputSummary {
        guard let staging, let previous, let old = previousOutputs[summary.path],
            old.matchesFile(at: previous.path + "/" + summary.path)
        else {
            lock.withLock {
                if firstFailure == nil {
                    firstFailure = FileWriting.Failure(path: summary.path, reason: "not in the last build")
                }
            }
            return summary
        }
        do {
            try makeFolders(for: summary.path, in: staging)
            let source = previous.path + "/" + summary.path
            let target = staging.path + "/" + summary.path
            // Where a link is refused (too many links, another file system), a copy gives the same bytes.
            var kept = old  // a link is the very file `old` describes
            if !FileWriting.link(source, as: target) {
                do {
                    try FileWriting.copy(source, to: target)
                } catch {
                    switch error {
                    case .read(let reason), .write(let reason): throw FileWriting.Failure(path: target, reason: reason)
                    }
                }
                kept = OutputRecord(hash: old.hash, path: target) ?? old
            }
            lock.withLock { outputs[summary.path] = kept }
        } catch {
            record(error, path: summary.path)
        }
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
        do {
            try makeFolders(for: file.path, in: staging)
            let target = staging.path + "/" + file.path
            // Same bytes as the last build, in a file nothing has touched since: link it, so its time stays.
            if let previous, let old = previousOutputs[file.path], old.hash == hash,
                old.size == file.bytes.count, old.matchesFile(at: previous.path + "/" + file.path),
                FileWriting.link(previous.path + "/" + file.path, as: target)
            {
            } else {
                try FileWriting.write(bytes: file.bytes, to: target)
            }
            if let record = OutputRecord(hash: hash, path: target) {
                lock.withLock { outputs[file.path] = record }
            }
        } catch {
            record(error, path: file.path)
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
                // Same bytes as last time: put the old file (and its time) in place of the one just written. When
                // the file system refuses the link, the new file (the same bytes) simply stays.
                let linked = target + ".previous"
                if FileWriting.link(previous.path + "/" + path, as: linked), rename(linked, target) != 0 {
                    unlink(linked)
                }
            }
            if let record = OutputRecord(hash: hash, path: target) {
                lock.withLock { outputs[path] = record }
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
