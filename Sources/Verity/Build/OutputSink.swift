import Foundation

/// Receives each generated file as soon as it is rendered: writes it into the staging folder (or keeps it in
/// memory when there is none) and returns its summary, so that a large site is never held in memory whole.
final class OutputSink: @unchecked Sendable {
    /// Where files are written; `nil` keeps them in memory (tests, checks without output).
    let staging: URL?
    private let lock = NSLock()
    private var kept: [String: OutputFile] = [:]
    private var firstFailure: FileWriting.Failure?

    init(staging: URL?) {
        self.staging = staging
    }

    /// Writes or keeps `file`; safe to call from several threads at once.
    func accept(_ file: OutputFile) -> PageSummary {
        let summary = PageSummary(file)
        guard let staging else {
            lock.withLock { kept[file.path] = file }
            return summary
        }
        do {
            var folder = staging.path
            for component in file.path.split(separator: "/").dropLast() {
                folder += "/" + component
                try FileWriting.makeFolder(folder)
            }
            try FileWriting.write(file.contents, to: staging.path + "/" + file.path)
        } catch let failure as FileWriting.Failure {
            lock.withLock { if firstFailure == nil { firstFailure = failure } }
        } catch {
            lock.withLock { if firstFailure == nil { firstFailure = FileWriting.Failure(path: file.path, reason: "\(error)") } }
        }
        return summary
    }

    /// The first write that failed, if any.
    var failure: FileWriting.Failure? {
        lock.withLock { firstFailure }
    }

    /// The files kept in memory, in the order of `paths`.
    func files(in paths: [String]) -> [OutputFile] {
        lock.withLock { paths.compactMap { kept[$0] } }
    }
}
