/// An article's body HTML and badges, handed from the Markdown stage to the template stage and released as
/// soon as the article's page is written (each box is used by one thread at a time), so that a large site's
/// HTML is never all in memory at once.
final class RenderedBody: @unchecked Sendable {
    /// `nil` when the article's page is taken unchanged from the last build, or once its page is written.
    var html: String?
    var badges: [String: String]

    init(html: String?, badges: [String: String]) {
        self.html = html
        self.badges = badges
    }

    /// Lets the HTML go.
    func release() {
        html = nil
        badges = [:]
    }
}

/// The output of the render-Markdown stage: each article and page with its body as HTML.
struct RenderedContent: Sendable {
    var config: SiteConfig?
    /// Each article with its body's HTML (`nil` when its page is taken unchanged from the last build) and its
    /// sources' badges, rendered once each through `partials/badge.mustache`.
    var articles: [(article: Article, body: RenderedBody)]
    var pages: [(page: Page, bodyHTML: String)]

    /// Renders every body on `jobs` threads; unknown badges and the like are recorded in `log`.
    static func render(
        _ site: ValidatedSite, templates: TemplateSet?, jobs: Int, reusing reused: Set<String> = [],
        progress: (@Sendable (BuildProgress) -> Void)? = nil, log: DiagnosticCollector
    ) -> RenderedContent {
        let renderer = MarkdownRenderer(unsafeHTML: site.config?.unsafeHTML ?? false)
        let counter = ProgressCounter(.renderMarkdown, total: site.articles.count, report: progress)
        let articles = site.articles.parallelMap(jobs: jobs) { article -> (Article, String?, [String: String], [Diagnostic]) in
            defer { counter.step() }
            if reused.contains(article.slug) {
                var reusedArticle = article
                reusedArticle.body.text = ""
                return (reusedArticle, nil, [:], [])
            }
            var badges: [String: String] = [:]
            for source in article.sources {
                badges[source.id] = templates?.render(BadgeContext(source: source), partial: "badge") ?? ""
            }
            let fileLog = DiagnosticCollector()
            let html = renderer.render(
                article.body, sourceIDs: article.sources.map(\.id), reservedIDs: ArticleContext.reservedIDs(for: article),
                badge: { badges[$0] ?? "" }, log: fileLog)
            // The Markdown is not needed after this (a broken link's line is found by reading the file again):
            // at 10k articles the bodies are ~36 MB held through the template stage.
            var rendered = article
            rendered.body.text = ""
            return (rendered, html, badges, fileLog.diagnostics)
        }
        let pages = site.pages.parallelMap(jobs: jobs) { page in
            let fileLog = DiagnosticCollector()
            let html = renderer.render(page.body, sourceIDs: [], reservedIDs: PageAnchors.reserved, badge: { _ in "" }, log: fileLog)
            return (page, html, fileLog.diagnostics)
        }
        let failed = site.failedBodies.parallelMap(jobs: jobs) { failed in
            let fileLog = DiagnosticCollector()
            _ = renderer.render(failed.body, sourceIDs: failed.sourceIDs, reservedIDs: [], badge: { _ in "" }, log: fileLog)
            return fileLog.diagnostics
        }
        log.record(articles.flatMap(\.3) + pages.flatMap(\.2) + failed.flatMap { $0 })
        return RenderedContent(config: site.config, articles: articles.map { ($0.0, RenderedBody(html: $0.1, badges: $0.2)) }, pages: pages.map { ($0.0, $0.1) })
    }
}
