import Foundation

/// Builds a site: runs the stages load → validate → render Markdown → render templates → write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs every stage; throws `BuildFailure` with all problems found, leaving output/ untouched.
    public func build() throws -> BuildSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let (files, copies, content) = try renderSite()
        try OutputWriter(outputDirectory: options.outputDirectory).write(files, copies: copies)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BuildSummary(
            articles: content.articles.count, pages: content.pages.count,
            claims: content.articles.reduce(0) { $0 + $1.article.claims.count },
            htmlFiles: files.count, copiedFiles: copies.count, seconds: seconds, warnings: [])
    }

    /// Runs every stage but the write: what the site would contain, or `BuildFailure`.
    func renderSite() throws -> ([OutputFile], [(destination: String, source: URL)], RenderedContent) {
        let log = DiagnosticCollector()
        let jobs = options.jobs
        let loaded = LoadedSite.load(options, log: log)
        let validated = ValidatedSite.validate(loaded, includeDrafts: options.includeDrafts, jobs: jobs, log: log)
        let content = RenderedContent.render(validated, templates: loaded.templates, jobs: jobs, log: log)
        guard !log.hasErrors, let config = content.config, let templates = loaded.templates else {
            throw BuildFailure(diagnostics: log.diagnostics)
        }
        let favicon = loaded.copies.map(\.destination).first { ["favicon.svg", "favicon.ico", "favicon.png"].contains($0) }
        let renderer = PageRenderer(templates: templates, config: config, pages: content.pages.map(\.page), faviconPath: favicon)
        return (renderer.render(content, jobs: jobs), loaded.copies, content)
    }
}
