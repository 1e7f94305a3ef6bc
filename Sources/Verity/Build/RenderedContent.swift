/// A body after the Markdown stage, handed to the template stage and released as soon as its page is made
/// (each box is used by one thread at a time), so that a large site's HTML is never all in memory at once.
final class RenderedBody: @unchecked Sendable {
    /// The body's HTML with a placeholder for each source badge; `nil` once its page is made.
    private(set) var html: String?
    /// The source ids of each badge placeholder in `html`.
    private(set) var badges: BadgePlaceholders
    /// The internal links written in the body, with where each is written.
    let links: [String: SourceLocation]
    /// The image files the body shows.
    let images: [ImageFile]

    init(_ output: MarkdownRenderer.Output) {
        html = output.html
        badges = output.badges
        links = output.links
        images = output.images
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
    /// The interface texts of each edition, by its language tag.
    var texts: [String: InterfaceText] = [:]
    /// Each article (its Markdown let go) with its rendered body.
    var articles: [(article: Article, body: RenderedBody)]
    var pages: [(page: Page, body: RenderedBody)]

    /// Renders every body of `site` on `jobs` threads, each under `limits`; unknown badges and the like, and
    /// bodies given up on, are recorded in `log`.
    ///
    /// The bodies' Markdown is taken out of `site` (left empty there) and each is let go as soon as it is
    /// rendered, so that a large site's Markdown and HTML are never all in memory together.
    ///
    /// When a body passes a limit, the stage stops at once: the bodies not finished by then are left out, and
    /// `log` has the error that fails the build.
    ///
    /// With `images`, the articles' body images are found and measured (`MarkdownRenderer`).
    static func render(
        taking site: inout ValidatedSite, jobs: Int, limits: RenderWatchdog.Limits, images: ImageResolver? = nil,
        progress: (@Sendable (BuildProgress) -> Void)? = nil, log: DiagnosticCollector
    ) -> RenderedContent {
        let texts =
            site.articles.map { Handover($0.body.text) } + site.pages.map { Handover($0.body.text) }
            + site.failedBodies.map { Handover($0.body.text) }
        for index in site.articles.indices { site.articles[index].body.text = "" }
        for index in site.pages.indices { site.pages[index].body.text = "" }
        for index in site.failedBodies.indices { site.failedBodies[index].body.text = "" }
        return render(site, texts: texts, jobs: jobs, limits: limits, images: images, progress: progress, log: log)
    }

    private static func render(
        _ site: ValidatedSite, texts: [Handover<String>], jobs: Int, limits: RenderWatchdog.Limits,
        images: ImageResolver?, progress: (@Sendable (BuildProgress) -> Void)?, log: DiagnosticCollector
    ) -> RenderedContent {
        let mainRenderer = MarkdownRenderer(
            unsafeHTML: site.config?.unsafeHTML ?? false,
            punctuation: site.config?.punctuation ?? SmartPunctuation(language: "en"))
        // Each edition's bodies get its language's quotation marks, as its front matter does.
        let editionRenderers = Dictionary(
            (site.config?.editions ?? []).filter { !$0.isMain }.compactMap { edition in
                site.config.map {
                    (
                        edition.folder,
                        MarkdownRenderer(
                            unsafeHTML: $0.unsafeHTML, punctuation: $0.punctuation(forEdition: edition.folder))
                    )
                }
            }, uniquingKeysWith: { first, _ in first })
        @Sendable func renderer(forEdition folder: String) -> MarkdownRenderer {
            editionRenderers[folder] ?? mainRenderer
        }
        let counter = ProgressCounter(.renderMarkdown, total: site.articles.count, report: progress)
        // Bodies by index, so that nothing is copied before the threads start: articles, then pages, then the
        // bodies of articles whose front matter failed (checked for badge errors only).
        let articleCount = site.articles.count
        let pageEnd = articleCount + site.pages.count
        let bodyCount = pageEnd + site.failedBodies.count
        @Sendable func body(_ index: Int) -> MarkdownBody {
            var body =
                index < articleCount
                ? site.articles[index].body
                : index < pageEnd ? site.pages[index - articleCount].body : site.failedBodies[index - pageEnd].body
            body.text = texts[index].value ?? ""
            return body
        }
        @Sendable func path(_ index: Int) -> String { body(index).path }
        @Sendable func render(_ index: Int) -> (article: Article?, body: RenderedBody, diagnostics: [Diagnostic]) {
            let fileLog = DiagnosticCollector()
            if index < articleCount {
                let article = site.articles[index]
                defer { counter.step() }
                var names = ImageNames()
                for image in article.frontMatterImages {
                    if let file = image.file { _ = names.add(file, location: image.srcLocation) }
                }
                let output = renderer(forEdition: article.edition).render(
                    body(index), sourceIDs: article.sources.map(\.id), reservedIDs: PageAnchors.reserved(for: article),
                    images: images, names: names, log: fileLog)
                return (article, RenderedBody(output), fileLog.diagnostics)
            }
            let (sourceIDs, reservedIDs) =
                index < pageEnd ? ([], PageAnchors.reserved) : (site.failedBodies[index - pageEnd].sourceIDs, [])
            let edition = index < pageEnd ? site.pages[index - articleCount].edition : ""
            let output = renderer(forEdition: edition).render(
                body(index), sourceIDs: sourceIDs, reservedIDs: reservedIDs, log: fileLog)
            return (nil, RenderedBody(output), fileLog.diagnostics)
        }
        // The Markdown is not needed once a result is kept (at 10k articles the bodies are ~36 MB); a body given
        // up on keeps it, for the error's place.
        let outcome = RenderWatchdog.map(
            Array(0..<bodyCount), threads: jobs, limits: limits, label: path, kept: { texts[$0].release() }, render)
        switch outcome {
        case .finished(let rendered):
            log.record(rendered.flatMap(\.diagnostics))
            let articles = rendered[..<articleCount].compactMap { item in item.article.map { ($0, item.body) } }
            let pages = zip(site.pages, rendered[articleCount..<pageEnd]).map { ($0, $1.body) }
            return RenderedContent(config: site.config, texts: site.texts, articles: articles, pages: pages)
        case .gaveUp(let overruns, let partial):
            log.record(partial.flatMap { $0?.diagnostics ?? [] })
            for overrun in overruns {
                log.record([diagnostic(overrun, body: body(overrun.index), limits: limits)])
            }
            return RenderedContent(config: site.config, texts: site.texts, articles: [], pages: [])
        }
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
