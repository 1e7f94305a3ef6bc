import Foundation

/// The write stage: pages go into a staging folder beside output/ as they are rendered, and the folder is
/// swapped in for output/ when the whole build succeeded.
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
        if reasons.isEmpty,
            (try? manager.destinationOfSymbolicLink(atPath: outputDirectory.standardizedFileURL.path)) != nil
        {
            reasons.append("it is a symbolic link; give the folder it points to")
        } else if reasons.isEmpty, manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                reasons.append("it is a file")
            } else if let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty,
                !entries.contains(Self.markerName)
            {
                reasons.append(
                    "it is not empty and was not written by generate (it has no \(Self.markerName) file); empty "
                        + "it or choose another --output"
                )
            }
        }
        return reasons.map { Diagnostic(.unsafeOutput($0), at: location) }
    }

    /// The staging folder beside output/ that pages are written into while they are rendered.
    var stagingFolder: URL {
        let output = outputDirectory.standardizedFileURL
        return output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Creates an empty staging folder (and the folder it sits in).
    func makeStaging() throws -> URL {
        let manager = FileManager.default
        let staging = stagingFolder
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: DisplayPath.of(outputDirectory), reason: (error as NSError).localizedDescription)
        }
        return staging
    }

    /// Removes the staging folder after a failed build; output/ is left as it was.
    func discard(_ staging: URL) {
        // A folder this build made (never a link): the fast POSIX removal, as for the old output.
        FileWriting.removeTree(staging.path)
    }

    /// Finishes the staging folder (marker, copied files) and swaps it in for output/.
    ///
    /// Returns the previous output folder, now beside output/, for the caller to remove (with
    /// `FileWriting.removeTree`) while it does other work; `nil` when there was none.
    @discardableResult
    func finish(_ staging: URL, copies: [(destination: String, source: URL)], removingPrevious: Bool = true) throws
        -> URL?
    {
        let manager = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(
                ".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileWriting.write(Self.markerText, to: staging.appendingPathComponent(Self.markerName).path)
            for copy in copies {
                let target = staging.appendingPathComponent(copy.destination)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                // An unchanged file keeps the previous build's copy (and its modification time).
                let old = output.appendingPathComponent(copy.destination).path
                if manager.contentsEqual(atPath: old, andPath: copy.source.path), FileWriting.link(old, as: target.path)
                {
                    continue
                }
                try manager.copyItem(at: copy.source, to: target)
            }
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: previous)
                do {
                    try manager.moveItem(at: staging, to: output)
                } catch {
                    try? manager.moveItem(at: previous, to: output)
                    throw error
                }
                if removingPrevious { FileWriting.removeTree(previous.path) }
                return removingPrevious ? nil : previous
            } else {
                try manager.moveItem(at: staging, to: output)
                return nil
            }
        } catch let failure as FileWriting.Failure {
            discard(staging)
            throw Failure(path: DisplayPath.of(output), reason: failure.description)
        } catch {
            discard(staging)
            throw Failure(path: DisplayPath.of(output), reason: (error as NSError).localizedDescription)
        }
    }
}
