import Foundation

/// Lists files in a folder in a stable (sorted) order, whatever order the file system uses.
enum FileLister {
    /// Base names of the regular files in `folder` ending in `.ext`, sorted; empty when the folder is missing.
    static func files(in folder: URL, withExtension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(ext.count + 1)) }
            .sorted()
    }

    /// Paths relative to `folder` of every regular file below it (hidden files left out), sorted.
    static func allFiles(below folder: URL) -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        var result: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            result.append(String(path.dropFirst(base.count + 1)))
        }
        return result.sorted()
    }

    /// Whether `url` is an existing folder.
    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension FileLister {
    /// Every regular file below `folder` (relative paths, hidden files left out, sorted), following symbolic
    /// links only while they stay inside `folder`.
    ///
    /// Records an error at each symbolic link that leads outside `folder` or to nothing, and at each entry that
    /// is not a regular file or folder (a pipe would block the build; a device has no place on a web site).
    static func scan(_ folder: URL, named name: String, log: DiagnosticCollector) -> [String] {
        let base = folder.standardizedFileURL.path
        let realBase = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        // The real paths of the folders being walked, outermost first: a link back into one of them is a loop.
        // (Only ancestors: a folder reached twice by two routes, such as a link to a sibling, is listed twice.)
        var ancestors: [String] = []
        func walk(_ directory: String, _ relative: String) {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            guard !ancestors.contains(real), let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
            else {
                if ancestors.contains(real) {
                    log.error(
                        .linkLoop, at: SourceLocation(path: DisplayPath.of(URL(fileURLWithPath: base + "/" + relative)))
                    )
                }
                return
            }
            ancestors.append(real)
            defer { ancestors.removeLast() }
            for entry in names.sorted() where !entry.hasPrefix(".") {
                let path = directory + "/" + entry
                let shown = relative.isEmpty ? entry : relative + "/" + entry
                // Only an entry with a problem needs its display path (a `getcwd` each): made on demand.
                func location() -> SourceLocation {
                    SourceLocation(path: DisplayPath.of(URL(fileURLWithPath: base + "/" + shown)))
                }
                // What the entry is; for a symbolic link, what it leads to, once it is known to stay inside.
                var entryKind = kind(path, following: false)
                if entryKind == .link {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    entryKind = kind(path, following: true)
                    guard entryKind != .missing else {
                        log.error(.danglingLink(target: target), at: location())
                        continue
                    }
                    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    guard real == realBase || real.hasPrefix(realBase + "/") else {
                        log.error(.linkOutsideFolder(target: target, folder: name), at: location())
                        continue
                    }
                }
                switch entryKind {
                case .file: result.append(shown)
                case .folder: walk(path, shown)
                case .other: log.error(.notRegularFile, at: location())
                case .missing, .link: continue
                }
            }
        }
        if isDirectory(folder) { walk(base, "") }
        return result.sorted()
    }

    /// What is at a path, as `stat` (following links) or `lstat` sees it.
    enum Kind {
        case file, folder, link, other, missing
    }

    static func kind(_ path: String, following: Bool) -> Kind {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }
}
