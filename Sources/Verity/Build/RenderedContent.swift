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

    /// Renders every body of `site` on `jobs` threads, each under `limits`; unknown badges and the like, and
    /// bodies given up on, are recorded in `log`.
    ///
    /// When a body passes a limit, the stage stops at once: the bodies not finished by then are left out, and
    /// `log` has the error that fails the build.
    static func render(
        _ site: ValidatedSite, jobs: Int, limits: RenderWatchdog.Limits,
        progress: (@Sendable (BuildProgress) -> Void)? = nil, log: DiagnosticCollector
    ) -> RenderedContent {
        let renderer = MarkdownRenderer(unsafeHTML: site.config?.unsafeHTML ?? false)
        let counter = ProgressCounter(.renderMarkdown, total: site.articles.count, report: progress)
        // Articles, then pages, then the bodies of articles whose front matter failed (checked for badge errors).
        let work =
            site.articles.map {
                Job(body: $0.body, sourceIDs: $0.sources.map(\.id), reservedIDs: PageAnchors.reserved(for: $0))
            }
            + site.pages.map { Job(body: $0.body, sourceIDs: [], reservedIDs: PageAnchors.reserved, isArticle: false) }
            + site.failedBodies.map { Job(body: $0.body, sourceIDs: $0.sourceIDs, reservedIDs: [], isArticle: false) }
        let outcome = RenderWatchdog.map(work, threads: jobs, limits: limits, label: \.body.path) {
            job -> (RenderedBody, [Diagnostic]) in
            defer { if job.isArticle { counter.step() } }
            let fileLog = DiagnosticCollector()
            let output = renderer.render(job.body, sourceIDs: job.sourceIDs, reservedIDs: job.reservedIDs, log: fileLog)
            return (RenderedBody(output), fileLog.diagnostics)
        }
        switch outcome {
        case .finished(let rendered):
            log.record(rendered.flatMap(\.1))
            // The Markdown is not needed after this: at 10k articles the bodies are ~36 MB.
            let articles = zip(site.articles, rendered).map { ($0.withoutBodyText, $1.0) }
            let pages = zip(site.pages, rendered[site.articles.count...]).map { ($0, $1.0) }
            return RenderedContent(config: site.config, articles: articles, pages: pages)
        case .gaveUp(let overruns, let partial):
            log.record(partial.flatMap { $0?.1 ?? [] })
            for overrun in overruns {
                log.record([diagnostic(overrun, body: work[overrun.index].body, limits: limits)])
            }
            return RenderedContent(config: site.config, articles: [], pages: [])
        }
    }

    /// One body to render.
    private struct Job: Sendable {
        var body: MarkdownBody
        var sourceIDs: [String]
        var reservedIDs: Set<String>
        /// Whether the body is a published article's (those count for progress).
        var isArticle = true
    }

    /// The error for a body given up on, pointing where its rendering had got to, as well as that is known.
    static func diagnostic(_ overrun: RenderWatchdog.Overrun, body: MarkdownBody, limits: RenderWatchdog.Limits)
        -> Diagnostic
    {
        let step: Problem.RenderStep
        let location: SourceLocation
        switch overrun.step {
        case .blocks:
            step = .blocks
            location = body.location(line: overrun.line, column: 1)
        case .inlines:
            // Inline parsing runs over the whole document at once: which paragraph it was on is unknown.
            let longest = longestLine(of: body.text)
            step = .inlines(longestLine: longest.length)
            location = body.location(line: longest.line, column: 1)
        case .html:
            step = .html
            location = SourceLocation(path: body.path)
        case .verity:
            step = .verity
            location = SourceLocation(path: body.path)
        }
        return Diagnostic(
            overrun.isMemory
                ? .renderTooLarge(bytes: limits.bytes, step: step)
                : .renderTooSlow(seconds: limits.seconds, step: step),
            at: location)
    }

    /// The first of the longest lines of `text`: its 1-based number and its length in Unicode scalars.
    static func longestLine(of text: String) -> (line: Int, length: Int) {
        var longest = (line: 1, length: 0)
        var current = (line: 1, length: 0)
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                current = (current.line + 1, 0)
            } else {
                current.length += 1
                if current.length > longest.length { longest = current }
            }
        }
        return longest
    }
}
