import Foundation

/// The output of the load stage: every input file read, and the files to copy.
struct LoadedSite {
    var siteFile: SourceFile?
    var articleFiles: [SourceFile]
    var pageFiles: [SourceFile]
    /// The translation files, `content/i18n/*.yml`.
    var translationFiles: [SourceFile] = []
    /// Other files in `content/i18n/` (`fr.yaml`, a sub-folder's), as shown: not read, but worth a warning.
    var strayTranslationFiles: [String] = []
    /// Files to copy: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]
    /// Article files left unread because the caller knew them unchanged (their `text` is empty): the file's
    /// path by its path as shown.
    var unread: [String: String] = [:]
    /// Each article file read, as `stat` saw it before it was read, by path; not for a file changed so shortly
    /// before it was read that a change right after could keep its stamp (`FileStamp.trusted`).
    var stamps: [String: FileStamp] = [:]
    /// The folder of `content/articles/` or `content/pages/` each file in one is in (an edition's language, say
    /// `fr`), by the file's path as shown; files directly in those folders are not listed.
    var editionFolders: [String: String] = [:]

    /// Whether the article file at a path, as `stat` sees it, is known unchanged: then it is not read.
    typealias UnchangedTest = (_ path: String, _ stamp: FileStamp) -> Bool

    /// Reads everything under the content folder and lists the theme's assets, in sorted order.
    ///
    /// An article file that `isUnchanged` knows is listed in `unread` with an empty text instead of read.
    static func load(_ options: BuildOptions, log: DiagnosticCollector, isUnchanged: UnchangedTest? = nil)
        -> LoadedSite
    {
        let content = options.contentDirectory
        var site = LoadedSite(siteFile: nil, articleFiles: [], pageFiles: [], copies: [])
        var staticFiles: [String] = []
        let contentKind = FileLister.kind(content.path, following: true)
        if case .inaccessible(let reason) = contentKind {
            log.error(.unreadableFolder(reason), at: SourceLocation(path: DisplayPath.of(content)))
        } else if contentKind != .folder {
            log.error(.missingFolder(DisplayPath.of(content)), at: SourceLocation(path: DisplayPath.of(content)))
        } else {
            let files = FileLister.scan(content, named: "content", log: log)
            func read(_ relative: String) -> SourceFile? {
                let url = content.appendingPathComponent(relative)
                return SourceFile.read(url, shownAs: DisplayPath.of(url), log: log)
            }
            if files.contains("site.yml") {
                site.siteFile = read("site.yml")
            } else {
                let siteURL = content.appendingPathComponent("site.yml")
                let location = SourceLocation(path: DisplayPath.of(siteURL))
                switch FileLister.kind(siteURL.path, following: false) {
                case .missing: log.error(.missingFile(DisplayPath.of(siteURL)), at: location)
                case .folder: log.error(.unreadableFile("it is a folder"), at: location)
                // Reported by the scan: a link out of content/, a pipe, a content/ that cannot be read.
                case .file, .link, .other, .inaccessible: break
                }
            }
            // Articles and pages are the Markdown files directly in their folders, or in a folder of them (another
            // edition's, checked by the validate stage).
            func isMarkdown(_ path: String, in folder: String) -> Bool {
                path.hasPrefix(folder + "/") && path.hasSuffix(".md")
                    && path.dropFirst(folder.count + 1).split(separator: "/", omittingEmptySubsequences: false).count
                        <= 2
            }
            func editionFolder(_ relative: String) -> String? {
                let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
                return parts.count == 3 ? String(parts[1]) : nil
            }
            // Paths made once for the folder, not per file: a large site has thousands of articles.
            let folder = content.appendingPathComponent("articles")
            let shownFolder = DisplayPath.of(folder)
            // Which files to read is decided in order (the test reads the cache); the reading, checking and
            // decoding of their text is spread over the threads, each file with its own diagnostics.
            var entries: [ArticleEntry] = []
            for relative in files where isMarkdown(relative, in: "articles") {
                let name = relative.dropFirst("articles/".count)
                let path = folder.path + "/" + name
                let shown = shownFolder == "." ? String(name) : shownFolder + "/" + name
                var status = stat()
                let statted = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
                let unchanged = statted && isUnchanged?(shown, FileStamp(status)) == true
                entries.append(
                    ArticleEntry(
                        name: String(name), shown: shown, path: path, status: statted ? status : nil,
                        unread: unchanged))
            }
            // Taken before any file is read: the racy-file rule then errs on the side of reading again.
            let readAt = Int64(time(nil))
            let results = entries.parallelMap(jobs: options.jobs) { entry -> (SourceFile?, [Diagnostic]) in
                guard !entry.unread else { return (SourceFile(path: entry.shown, text: ""), []) }
                let fileLog = DiagnosticCollector()
                let file = SourceFile.read(URL(fileURLWithPath: entry.path), shownAs: entry.shown, log: fileLog)
                return (file, fileLog.diagnostics)
            }
            for (entry, (file, diagnostics)) in zip(entries, results) {
                log.record(diagnostics)
                guard let file else { continue }
                if let edition = editionFolder("articles/" + entry.name) { site.editionFolders[file.path] = edition }
                site.articleFiles.append(file)
                if entry.unread {
                    site.unread[entry.shown] = entry.path
                } else if let status = entry.status {
                    site.stamps[entry.shown] = FileStamp.trusted(status, readAt: readAt)
                }
            }
            for relative in files where isMarkdown(relative, in: "pages") {
                guard let file = read(relative) else { continue }
                if let edition = editionFolder(relative) { site.editionFolders[file.path] = edition }
                site.pageFiles.append(file)
            }
            let translations = files.filter { $0.hasPrefix("i18n/") }
            func isTranslation(_ path: String) -> Bool {
                path.hasSuffix(".yml") && !path.dropFirst("i18n/".count).contains("/")
            }
            site.translationFiles = translations.filter(isTranslation).compactMap(read)
            site.strayTranslationFiles = translations.filter { !isTranslation($0) }.map {
                DisplayPath.of(content.appendingPathComponent($0))
            }
            staticFiles = files.filter { $0.hasPrefix("static/") }.map { String($0.dropFirst("static/".count)) }
        }
        if !FileLister.isDirectory(options.templatesDirectory) {
            let path = DisplayPath.of(options.templatesDirectory)
            log.error(.missingFolder(path), at: SourceLocation(path: path))
        } else {
            let assets = options.templatesDirectory.appendingPathComponent("assets")
            site.copies += FileLister.scan(assets, named: "templates/assets", log: log).map {
                (SiteLinks.assets + $0, assets.appendingPathComponent($0))
            }
        }
        // After the theme's assets, so that a clash is reported at the static file.
        let staticFolder = content.appendingPathComponent("static")
        site.copies += staticFiles.map { ($0, staticFolder.appendingPathComponent($0)) }
        return site
    }

    /// An article file found by the load stage: where it is, how `stat` saw it, and whether it is left unread.
    private struct ArticleEntry: Sendable {
        /// Its path in `content/articles/`.
        var name: String
        var shown: String
        var path: String
        var status: stat?
        var unread: Bool
    }

    /// Reads the article files `load` left unread, for a build that cannot use what it knew of them after all.
    mutating func readUnread(log: DiagnosticCollector) {
        guard !unread.isEmpty else { return }
        let unread = self.unread
        self.unread = [:]
        articleFiles = articleFiles.compactMap { file in
            guard let path = unread[file.path] else { return file }
            var status = stat()
            let statted = stat(path, &status) == 0
            let read = SourceFile.read(URL(fileURLWithPath: path), shownAs: file.path, log: log)
            if read != nil, statted { stamps[file.path] = FileStamp.trusted(status, readAt: Int64(time(nil))) }
            return read
        }
    }
}
