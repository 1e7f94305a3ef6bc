/// The output of the render-Markdown stage: each article and page with its body as HTML.
struct RenderedContent: Sendable {
    var config: SiteConfig
    var articles: [(article: Article, bodyHTML: String)]
    var pages: [(page: Page, bodyHTML: String)]

    /// Renders every body on `jobs` threads; unknown badges and the like are recorded in `log`.
    static func render(_ site: ValidatedSite, templates: TemplateSet?, jobs: Int, log: DiagnosticCollector) -> RenderedContent {
        let renderer = MarkdownRenderer(unsafeHTML: site.config.unsafeHTML)
        let articles = site.articles.parallelMap(jobs: jobs) { article in
            let fileLog = DiagnosticCollector()
            let html = renderer.render(
                article.body, sources: article.sources, reservedIDs: ArticleContext.reservedIDs(for: article),
                badge: { source in templates?.render(BadgeContext(source: source), partial: "badge") ?? "" }, log: fileLog)
            return (article, TaskListLabels.apply(to: html), fileLog.diagnostics)
        }
        let pages = site.pages.parallelMap(jobs: jobs) { page in
            let fileLog = DiagnosticCollector()
            let html = renderer.render(page.body, sources: [], reservedIDs: Set(LayoutContext.reservedIDs), badge: { _ in "" }, log: fileLog)
            return (page, TaskListLabels.apply(to: html), fileLog.diagnostics)
        }
        for diagnostic in articles.flatMap(\.2) + pages.flatMap(\.2) {
            log.error(diagnostic.problem, at: diagnostic.location)
        }
        return RenderedContent(config: site.config, articles: articles.map { ($0.0, $0.1) }, pages: pages.map { ($0.0, $0.1) })
    }
}

/// Gives cmark-gfm's task-list checkboxes an accessible name ("done" / "not done").
enum TaskListLabels {
    /// `html` with each task-list `<input type="checkbox" …>` labelled.
    static func apply(to html: String) -> String {
        guard html.contains("<input type=\"checkbox\"") else { return html }
        return html
            .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" />")
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"not done\" />")
    }
}
