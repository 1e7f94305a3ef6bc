import Foundation

/// Lists the files of a folder in a stable (sorted) order, whatever order the file system uses.
///
/// A folder or entry that cannot be read is an error, never an empty list: a build that quietly skipped an
/// unreadable `content/articles` would publish a site without its articles.
enum FileLister {
    /// Whether `url` is an existing folder.
    static func isDirectory(_ url: URL) -> Bool {
        kind(url.path, following: true) == .folder
    }

    /// The names in the folder at `path` (without `.` and `..`), unsorted; throws the system's reason.
    static func names(in path: String) throws(FileWriting.Failure) -> [String] {
        guard let directory = opendir(path) else {
            throw FileWriting.Failure(path: path, reason: FileWriting.systemReason())
        }
        defer { closedir(directory) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(directory) {
            if let name = entryName(entry) { names.append(name) }
        }
        // `readdir` returns NULL both at the end and on an error; only an error sets errno.
        if errno != 0 { throw FileWriting.Failure(path: path, reason: FileWriting.systemReason()) }
        return names
    }

    /// The name of a `readdir` entry; `nil` for `.` and `..`.
    static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String? {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return name == "." || name == ".." ? nil : name
    }

    /// Every regular file below `folder` (relative paths, hidden files left out, sorted), following symbolic
    /// links only while they stay inside `folder`.
    ///
    /// Records an error at each folder or entry that cannot be read, at each symbolic link that leads outside
    /// `folder` or to nothing, and at each entry that is not a regular file or folder (a pipe would block the
    /// build; a device has no place on a web site).
    static func scan(_ folder: URL, named name: String, log: DiagnosticCollector) -> [String] {
        let base = folder.standardizedFileURL.path
        let realBase = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [String] = []
        // The real paths of the folders being walked, outermost first: a link back into one of them is a loop.
        // (Only ancestors: a folder reached twice by two routes, such as a link to a sibling, is listed twice.)
        var ancestors: [String] = []
        func location(_ relative: String) -> SourceLocation {
            SourceLocation(path: DisplayPath.of(URL(fileURLWithPath: relative.isEmpty ? base : base + "/" + relative)))
        }
        func walk(_ directory: String, _ relative: String) {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            guard !ancestors.contains(real) else {
                log.error(.linkLoop, at: location(relative))
                return
            }
            let names: [String]
            do {
                names = try Self.names(in: directory)
            } catch {
                log.error(.unreadableFolder(error.reason), at: location(relative))
                return
            }
            ancestors.append(real)
            defer { ancestors.removeLast() }
            for entry in names.sorted() where !entry.hasPrefix(".") {
                let path = directory + "/" + entry
                let shown = relative.isEmpty ? entry : relative + "/" + entry
                // What the entry is; for a symbolic link, what it leads to, once it is known to stay inside.
                var entryKind = kind(path, following: false)
                if entryKind == .link {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    entryKind = kind(path, following: true)
                    guard entryKind != .missing else {
                        log.error(.danglingLink(target: target), at: location(shown))
                        continue
                    }
                    let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    guard real == realBase || real.hasPrefix(realBase + "/") else {
                        log.error(.linkOutsideFolder(target: target, folder: name), at: location(shown))
                        continue
                    }
                }
                switch entryKind {
                case .file: result.append(shown)
                case .folder: walk(path, shown)
                case .other: log.error(.notRegularFile, at: location(shown))
                case .inaccessible(let reason): log.error(.unreadableFile(reason), at: location(shown))
                case .missing, .link: continue  // removed while the folder was read; a link was resolved above
                }
            }
        }
        switch kind(base, following: true) {
        case .folder: walk(base, "")
        case .missing: break  // an optional folder (templates/assets, content/static)
        case .inaccessible(let reason): log.error(.unreadableFolder(reason), at: location(""))
        case .file, .link, .other: log.error(.notRegularFile, at: location(""))
        }
        return result.sorted()
    }

    /// What is at a path, as `stat` (following links) or `lstat` sees it.
    enum Kind: Equatable {
        case file, folder, link, other, missing
        /// `stat` failed for another reason than the path not existing (a folder without search permission).
        case inaccessible(String)
    }

    static func kind(_ path: String, following: Bool) -> Kind {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .inaccessible(FileWriting.systemReason())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }
}
