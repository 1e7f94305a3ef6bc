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
        var isDirectory: ObjCBool = false
        if reasons.isEmpty, manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                reasons.append("it is a file")
            } else if let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty,
                      !entries.contains(Self.markerName) {
                reasons.append("it is not empty and was not written by generate (it has no \(Self.markerName) file); empty it or choose another --output")
            }
        }
        return reasons.map { Diagnostic(.unsafeOutput($0), at: location) }
    }

    /// Writes `files` and copies `copies` (on `jobs` threads), then replaces output/ with the result.
    func write(_ files: [OutputFile], copies: [(destination: String, source: URL)], jobs: Int = 1) throws {
        let manager = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(pid)")
        let previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            let folders = Set((files.map(\.path) + copies.map(\.destination)).map { ($0 as NSString).deletingLastPathComponent })
            for folder in folders.sorted() where !folder.isEmpty {
                try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for copy in copies {
                try manager.copyItem(at: copy.source, to: staging.appendingPathComponent(copy.destination))
            }
            let failures = files.parallelMap(jobs: jobs) { file -> String? in
                do {
                    try Data(file.contents.utf8).write(to: staging.appendingPathComponent(file.path))
                    return nil
                } catch {
                    return "\(file.path): \((error as NSError).localizedDescription)"
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first {
                throw Failure(path: DisplayPath.of(output), reason: failure)
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
        } catch let failure as Failure {
            try? manager.removeItem(at: staging)
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw Failure(path: DisplayPath.of(output), reason: (error as NSError).localizedDescription)
        }
    }
}
