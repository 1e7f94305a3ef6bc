import Foundation

/// The output of the load stage: every input file read, templates compiled.
struct LoadedSite {
    var siteFile: SourceFile?
    var articleFiles: [SourceFile]
    var pageFiles: [SourceFile]
    var templates: TemplateSet?
    /// Files to copy: destination path relative to output/ → source file.
    var copies: [(destination: String, source: URL)]

    /// Reads everything under the content and templates folders, in sorted order.
    static func load(_ options: BuildOptions, log: DiagnosticCollector) -> LoadedSite {
        let content = options.contentDirectory
        var site = LoadedSite(siteFile: nil, articleFiles: [], pageFiles: [], templates: nil, copies: [])
        if !FileLister.isDirectory(content) {
            log.error(.missingFolder(DisplayPath.of(content)), at: SourceLocation(path: DisplayPath.of(content)))
        } else {
            let siteURL = content.appendingPathComponent("site.yml")
            if FileManager.default.fileExists(atPath: siteURL.path) {
                site.siteFile = SourceFile.read(siteURL, shownAs: DisplayPath.of(siteURL), log: log)
            } else {
                log.error(.missingFile(DisplayPath.of(siteURL)), at: SourceLocation(path: DisplayPath.of(siteURL)))
            }
            site.articleFiles = readMarkdown(in: content.appendingPathComponent("articles"), log: log)
            site.pageFiles = readMarkdown(in: content.appendingPathComponent("pages"), log: log)
        }
        if !FileLister.isDirectory(options.templatesDirectory) {
            let path = DisplayPath.of(options.templatesDirectory)
            log.error(.missingFolder(path), at: SourceLocation(path: path))
        } else {
            site.templates = TemplateSet.load(from: options.templatesDirectory, log: log)
            let assets = options.templatesDirectory.appendingPathComponent("assets")
            site.copies += FileLister.allFiles(below: assets).map { ("assets/" + $0, assets.appendingPathComponent($0)) }
        }
        // After the theme's assets, so that a clash is reported at the static file.
        let staticFolder = content.appendingPathComponent("static")
        site.copies += FileLister.allFiles(below: staticFolder).map { ($0, staticFolder.appendingPathComponent($0)) }
        return site
    }

    private static func readMarkdown(in folder: URL, log: DiagnosticCollector) -> [SourceFile] {
        FileLister.files(in: folder, withExtension: "md").compactMap { name in
            let url = folder.appendingPathComponent(name + ".md")
            return SourceFile.read(url, shownAs: DisplayPath.of(url), log: log)
        }
    }
}
