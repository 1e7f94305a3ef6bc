import Foundation

/// The output of the load stage: every input file read, and the files to copy.
struct LoadedSite {
    var siteFile: SourceFile?
    var articleFiles: [SourceFile]
    var pageFiles: [SourceFile]
    /// Files to copy: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]

    /// Reads everything under the content folder and lists the theme's assets, in sorted order.
    static func load(_ options: BuildOptions, log: DiagnosticCollector) -> LoadedSite {
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
            // Articles and pages are the Markdown files directly in their folders.
            func markdown(in folder: String) -> [SourceFile] {
                files.filter {
                    $0.hasPrefix(folder + "/") && $0.hasSuffix(".md") && !$0.dropFirst(folder.count + 1).contains("/")
                }
                .compactMap(read)
            }
            site.articleFiles = markdown(in: "articles")
            site.pageFiles = markdown(in: "pages")
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
}
