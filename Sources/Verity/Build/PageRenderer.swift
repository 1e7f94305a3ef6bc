/// The render-templates stage: turns rendered content into every file of the site.
///
/// HTML pages go through the templates (a content template, then `layout.mustache` around it); the feed,
/// sitemap, robots.txt and claims.json are written by `Site/` types from the same typed values.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var config: SiteConfig
    var links: SiteLinks
    /// Published standing pages, in navigation order.
    var pages: [Page]
    var faviconPath: String?

    init(templates: TemplateSet, config: SiteConfig, pages: [Page], faviconPath: String?) {
        self.templates = templates
        self.config = config
        links = SiteLinks(baseURL: config.baseURL)
        self.pages = pages
        self.faviconPath = faviconPath
    }

    /// What the layout needs to know about one page besides its content.
    struct PageMeta {
        /// The page path (`""`, `"slug/"`, `"tags/nato/"`).
        var path: String
        /// The page's own title; `nil` on the home page.
        var title: String?
        var description: String
        var article: Article?
        /// The slug of the standing page shown, to mark it in the navigation.
        var navigationSlug: String?
        /// For pages served at any URL (404.html): link from `base_url`'s path instead of relatively.
        var usesBasePath = false
    }

    /// Renders every file of the site on `jobs` threads, handing each to `sink` as soon as it is made.
    ///
    /// Returns the pages' summaries in a stable order: articles, pages, then listings and site files.
    /// Pages in `reused` (by article slug) and `reusedListings` are taken unchanged from the last build.
    func render(
        _ content: RenderedContent, jobs: Int, into sink: OutputSink,
        reused: [String: PageSummary] = [:], reusedListings: [PageSummary]? = nil,
        progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) -> [PageSummary] {
        let articles = content.articles.map(\.article)
        let counter = ProgressCounter(.renderTemplates, total: articles.count, report: progress)
        var pageSummaries = content.articles.parallelMap(jobs: jobs) { article, body -> PageSummary in
            defer {
                body.release()
                counter.step()
            }
            if let cached = reused[article.slug] { return sink.reuse(cached) }
            // The Markdown stage rendered every body it was not told the cache would provide.
            let bodyHTML = body.html ?? ""
            let badges = body.badges
            let path = SiteLinks.page(article.slug)
            let context = ArticleContext(article: article, bodyHTML: bodyHTML, root: SiteLinks.root(from: path), badges: badges)
            let meta = PageMeta(path: path, title: article.title, description: article.summary, article: article)
            return sink.accept(page(.article, context, meta, body: (article.body, bodyHTML)))
        }
        pageSummaries += content.pages.parallelMap(jobs: jobs) { page, bodyHTML in
            let path = SiteLinks.page(page.slug)
            let meta = PageMeta(path: path, title: page.title, description: page.summary ?? config.description, navigationSlug: page.slug)
            let context = PageContext(page: page, bodyHTML: bodyHTML, root: SiteLinks.root(from: path))
            return sink.accept(self.page(.page, context, meta, body: (page.body, bodyHTML)))
        }
        if let reusedListings {
            return pageSummaries + reusedListings.map(sink.reuse)
        }
        // Listings and site files are independent of each other: render them side by side too.
        let tags = Self.tagGroups(articles)
        // Each article's summary appears on the index and on each of its tags' pages: render it once per depth.
        let summaryHTML = articles.parallelMap(jobs: jobs) { article in
            [SiteLinks.root(from: ""), SiteLinks.root(from: SiteLinks.tag("x"))].map { root in
                templates.render(ArticleSummaryContext(article: article, root: root), partial: "article-summary")
            }
        }
        let summaries = Dictionary(zip(articles.map(\.slug), summaryHTML), uniquingKeysWith: { first, _ in first })
        // The largest first, so that the threads finish together.
        let listings: [ListingJob] = [.claimsExport, .claims, .index, .feed, .sitemap, .tagIndex] + tags.map { .tag($0.tag, $0.articles) }
            + [.corrections, .notFound]
        pageSummaries += listings.parallelMap(jobs: jobs) { job in
            write(job, articles: articles, tags: tags, summaries: summaries, into: sink)
        }.joined()
        return pageSummaries
    }

    /// One listing page or group of files rendered on its own.
    enum ListingJob: Sendable {
        case index, tagIndex, tag(String, [Article]), claims, corrections, notFound, feed, sitemap, claimsExport
    }

    /// Every tag used by a published article, sorted, with its articles in site order: grouped once for the
    /// tag index, the tag pages and the sitemap.
    static func tagGroups(_ articles: [Article]) -> [(tag: String, articles: [Article])] {
        var groups: [String: [Article]] = [:]
        for article in articles {
            for tag in article.tags { groups[tag, default: []].append(article) }
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Renders one listing job and hands its files to `sink`.
    private func write(
        _ job: ListingJob, articles: [Article], tags: [(tag: String, articles: [Article])], summaries: [String: [String]],
        into sink: OutputSink
    ) -> [PageSummary] {
        switch job {
        case .index: [sink.accept(renderIndex(articles, summaries: summaries))]
        case .tagIndex: [sink.accept(renderTagIndex(tags: tags))]
        case .tag(let tag, let tagged): [sink.accept(renderTag(tag, tagged: tagged, summaries: summaries))]
        case .claims: [sink.accept(renderClaims(articles))]
        case .corrections: [sink.accept(renderCorrections(articles))]
        case .notFound: [sink.accept(renderNotFound())]
        case .feed: [sink.accept(feedFile(articles: articles))]
        case .sitemap: sitemapFiles(articles: articles, tags: tags).map(sink.accept)
        case .claimsExport:
            // The largest file of a big site, streamed to disk rather than built as one string.
            [sink.acceptStreamed(path: SiteLinks.claimsExport) { emit in
                ClaimsExport.stream(articles: articles, config: config, links: links, to: emit)
            }]
        }
    }

    /// Renders one HTML page: `context` through `template`, then the layout around it.
    func page(_ template: TemplateSet.Name, _ context: Any, _ meta: PageMeta, body: (MarkdownBody, String)? = nil) -> OutputFile {
        let html = layout(templates.render(context, with: template), meta)
        let file = meta.usesBasePath ? SiteLinks.notFound : SiteLinks.file(meta.path)
        return OutputFile(path: file, contents: html, origin: OutputFile.Origin(template: template, body: body?.0, bodyHTML: body?.1))
    }

    /// Wraps a page's content in `layout.mustache`.
    func layout(_ body: String, _ meta: PageMeta) -> String {
        let root = meta.usesBasePath ? links.basePath : SiteLinks.root(from: meta.path)
        let article = meta.article
        let context = LayoutContext(
            language: config.language, siteTitle: config.title, siteDescription: config.description,
            pageTitle: meta.title.map { "\($0) | \(config.title)" } ?? config.title, title: meta.title ?? config.title,
            description: meta.description, root: root, homeHref: root.isEmpty ? "./" : root,
            stylesheetHref: root + "assets/style.css", faviconHref: faviconPath.map { root + $0 },
            feedHref: root + SiteLinks.feed, claimsHref: root + SiteLinks.claims, tagsHref: root + SiteLinks.tags,
            correctionsHref: root + SiteLinks.corrections,
            canonicalURL: links.url(meta.usesBasePath ? SiteLinks.notFound : meta.path),
            ogType: article == nil ? "website" : "article", ogImage: config.publisher.logo.map(links.resolve),
            publishedTime: article?.date.timestamp, modifiedTime: article?.lastModified.timestamp,
            structuredData: article.map { StructuredData.blocks(for: $0, config: config, links: links) } ?? [],
            nav: pages.map { LayoutContext.NavLink(title: $0.title, href: root + SiteLinks.page($0.slug), isCurrent: $0.slug == meta.navigationSlug) },
            body: body, isHome: meta.path.isEmpty && !meta.usesBasePath)
        return templates.render(context, with: .layout)
    }
}
