import Foundation

/// Builds a site: runs the stages load → validate → render Markdown → render templates → check links → write.
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
        let staging = try writer.makeStaging()
        let site: RenderedSite
        do {
            site = try render(clock: &clock, into: OutputSink(staging: staging))
        } catch let failure as BuildFailure {
            writer.discard(staging)
            throw BuildFailure(diagnostics: failure.diagnostics + outputProblems)
        } catch {
            writer.discard(staging)
            throw error
        }
        guard outputProblems.isEmpty else {
            writer.discard(staging)
            throw BuildFailure(diagnostics: outputProblems)
        }
        try clock.measure(.write) { try writer.finish(staging, copies: site.copies) }
        let htmlFiles = site.pages.filter { $0.path.hasSuffix(".html") }.count
        return BuildSummary(
            articles: site.articles, pages: site.standingPages,
            claims: site.claims, htmlFiles: htmlFiles, siteFiles: site.pages.count - htmlFiles,
            copiedFiles: site.copies.count, warnings: site.warnings, stageSeconds: clock.seconds)
    }

    /// Runs every stage but the swap, handing each file to `sink`; throws `BuildFailure` with every problem.
    func render(clock: inout StageClock, into sink: OutputSink) throws -> RenderedSite {
        let log = DiagnosticCollector()
        let jobs = options.jobs
        var loaded = clock.measure(.load) { LoadedSite.load(options, log: log) }
        let validated = clock.measure(.validate) { ValidatedSite.validate(loaded, options: options, log: log) }
        loaded.articleFiles = []  // the articles hold what they need; let the file texts go
        let content = clock.measure(.renderMarkdown) {
            RenderedContent.render(validated, templates: loaded.templates, jobs: jobs, log: log)
        }
        guard !log.hasErrors, let config = content.config, let templates = loaded.templates else {
            throw BuildFailure(diagnostics: log.diagnostics)
        }
        let favicon = loaded.copies.map(\.destination).first { ["favicon.svg", "favicon.ico", "favicon.png"].contains($0) }
        let renderer = PageRenderer(templates: templates, config: config, pages: content.pages.map(\.page), faviconPath: favicon)
        let pages = clock.measure(.renderTemplates) { renderer.render(content, jobs: jobs, into: sink) }
        if let failure = sink.failure {
            throw OutputWriter.Failure(path: DisplayPath.of(options.outputDirectory), reason: failure.description)
        }
        clock.measure(.checkLinks) {
            LinkChecker(basePath: renderer.links.basePath, templates: templates)
                .check(pages, copied: loaded.copies.map(\.destination), jobs: jobs, log: log)
        }
        guard !log.hasErrors else { throw BuildFailure(diagnostics: log.diagnostics) }
        return RenderedSite(
            pages: pages, copies: loaded.copies, articles: content.articles.count, standingPages: content.pages.count,
            claims: content.articles.reduce(0) { $0 + $1.article.claims.count }, warnings: log.diagnostics.sortedForDisplay())
    }
}
