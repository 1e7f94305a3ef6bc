import Foundation

/// Builds a site: runs the stages load → validate → render Markdown → render templates → write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs every stage; throws `BuildFailure` with all problems found, leaving the output folder untouched.
    public func build() throws -> BuildSummary {
        var clock = StageClock()
        let writer = OutputWriter(outputDirectory: options.outputDirectory)
        let outputProblems = writer.preflight(content: options.contentDirectory, templates: options.templatesDirectory)
        let site: RenderedSite
        do {
            site = try render(clock: &clock)
        } catch let failure as BuildFailure {
            throw BuildFailure(diagnostics: failure.diagnostics + outputProblems)
        }
        guard outputProblems.isEmpty else { throw BuildFailure(diagnostics: outputProblems) }
        try clock.measure(.write) { try writer.write(site.files, copies: site.copies, jobs: options.jobs) }
        let htmlFiles = site.files.filter { $0.path.hasSuffix(".html") }.count
        return BuildSummary(
            articles: site.articles, pages: site.pages, claims: site.claims, htmlFiles: htmlFiles,
            siteFiles: site.files.count - htmlFiles, copiedFiles: site.copies.count, warnings: site.warnings,
            stageSeconds: clock.seconds)
    }

    /// Runs every stage but the write: what the site would contain, or `BuildFailure` with every problem.
    func render(clock: inout StageClock) throws -> RenderedSite {
        let log = DiagnosticCollector()
        let jobs = options.jobs
        let loaded = clock.measure(.load) { LoadedSite.load(options, log: log) }
        let validated = clock.measure(.validate) {
            ValidatedSite.validate(loaded, options: options, log: log)
        }
        let content = clock.measure(.renderMarkdown) {
            RenderedContent.render(validated, templates: loaded.templates, jobs: jobs, log: log)
        }
        guard !log.hasErrors, let config = content.config, let templates = loaded.templates else {
            throw BuildFailure(diagnostics: log.diagnostics)
        }
        let favicon = loaded.copies.map(\.destination).first { ["favicon.svg", "favicon.ico", "favicon.png"].contains($0) }
        let renderer = PageRenderer(templates: templates, config: config, pages: content.pages.map(\.page), faviconPath: favicon)
        let files = clock.measure(.renderTemplates) { renderer.render(content, jobs: jobs) }
        clock.measure(.checkLinks) {
            LinkChecker(basePath: renderer.links.basePath, templates: templates)
                .check(files, copied: loaded.copies.map(\.destination), jobs: jobs, log: log)
        }
        guard !log.hasErrors else { throw BuildFailure(diagnostics: log.diagnostics) }
        return RenderedSite(
            files: files, copies: loaded.copies, articles: content.articles.count, pages: content.pages.count,
            claims: content.articles.reduce(0) { $0 + $1.article.claims.count }, warnings: log.diagnostics.sortedForDisplay())
    }
}
