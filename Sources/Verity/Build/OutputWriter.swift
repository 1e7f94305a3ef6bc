import Foundation

/// The write stage: writes every file into a staging folder beside output/, then swaps it in.
///
/// output/ is replaced only after everything was written, so a failed build leaves it as it was,
/// and files that no longer belong to the site disappear with the old folder.
struct OutputWriter {
    var outputDirectory: URL

    /// An error while writing: the file system refused something.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Writes `files` and copies `copies`, then replaces output/ with the result.
    func write(_ files: [OutputFile], copies: [(destination: String, source: URL)]) throws {
        let manager = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(pid)")
        let previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for copy in copies {
                let target = staging.appendingPathComponent(copy.destination)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: copy.source, to: target)
            }
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target)
            }
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: previous)
                do {
                    try manager.moveItem(at: staging, to: output)
                } catch {
                    try? manager.moveItem(at: previous, to: output)
                    throw error
                }
                try? manager.removeItem(at: previous)
            } else {
                try manager.moveItem(at: staging, to: output)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw Failure(path: DisplayPath.of(output), reason: (error as NSError).localizedDescription)
        }
    }
}
