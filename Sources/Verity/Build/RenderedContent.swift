/// A body after the Markdown stage, handed to the template stage and released as soon as its page is made
/// (each box is used by one thread at a time), so that a large site's HTML is never all in memory at once.
final class RenderedBody: @unchecked Sendable {
    /// The body's HTML with a placeholder for each source badge; `nil` once its page is made.
    private(set) var html: String?
    /// The source ids of each badge placeholder in `html`.
    private(set) var badges: BadgePlaceholders
    /// The internal links written in the body, with where each is written.
    let links: [String: SourceLocation]

    init(_ output: MarkdownRenderer.Output) {
        html = output.html
        badges = output.badges
        links = output.links
    }

    /// Lets the HTML go.
    func release() {
        html = nil
        badges = BadgePlaceholders()
    }
}

/// The output of the render-Markdown stage: each article and page with its body as HTML.
struct RenderedContent: Sendable {
    var config: SiteConfig?
    /// Each article (its Markdown let go) with its rendered body.
    var articles: [(article: Article, body: RenderedBody)]
    var pages: [(page: Page, body: RenderedBody)]

    /// Renders every body of `site` on `jobs` threads; unknown badges and the like are recorded in `log`.
    static func render(
        _ site: ValidatedSite, jobs: Int, progress: (@Sendable (BuildProgress) -> Void)? = nil, log: DiagnosticCollector
    ) -> RenderedContent {
        let renderer = MarkdownRenderer(unsafeHTML: site.config?.unsafeHTML ?? false)
        let counter = ProgressCounter(.renderMarkdown, total: site.articles.count, report: progress)
        let articles = site.articles.parallelMap(jobs: jobs) { article -> (Article, RenderedBody, [Diagnostic]) in
            defer { counter.step() }
            let fileLog = DiagnosticCollector()
            let output = renderer.render(
                article.body, sourceIDs: article.sources.map(\.id), reservedIDs: PageAnchors.reserved(for: article),
                log: fileLog)
            // The Markdown is not needed after this: at 10k articles the bodies are ~36 MB.
            return (article.withoutBodyText, RenderedBody(output), fileLog.diagnostics)
        }
        let pages = site.pages.parallelMap(jobs: jobs) { page in
            let fileLog = DiagnosticCollector()
            let output = renderer.render(page.body, sourceIDs: [], reservedIDs: PageAnchors.reserved, log: fileLog)
            return (page, RenderedBody(output), fileLog.diagnostics)
        }
        let failed = site.failedBodies.parallelMap(jobs: jobs) { failed in
            let fileLog = DiagnosticCollector()
            _ = renderer.render(failed.body, sourceIDs: failed.sourceIDs, reservedIDs: [], log: fileLog)
            return fileLog.diagnostics
        }
        log.record(articles.flatMap(\.2) + pages.flatMap(\.2) + failed.flatMap { $0 })
        return RenderedContent(
            config: site.config, articles: articles.map { ($0.0, $0.1) }, pages: pages.map { ($0.0, $0.1) })
    }
}
