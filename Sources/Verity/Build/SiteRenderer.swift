/// The render-templates stage: turns rendered content into every file of the site, through the theme.
///
/// HTML pages go through the theme (the page's own template inside the layout), written into one buffer per
/// page; the feed, sitemap, robots.txt, claims.json and claimreview-feed.json are written by `Site/` types from
/// the same typed values.
struct SiteRenderer: Sendable {
    /// The theme, speaking the site's language (`Theme.localized`).
    var theme: any Theme
    var config: SiteConfig
    /// The interface texts in the edition's language, for what the library words itself (titles, counts).
    var text: InterfaceText
    /// The edition whose pages it makes: its pages' paths are from the edition's root, and its links' `prefix` is
    /// the edition's folder.
    var edition: Edition
    /// Every edition of the site, the main one first.
    var editions: [Edition]
    var links: SiteLinks
    /// The edition's published standing pages, in navigation order.
    var pages: [Page]
    var faviconPath: String?

    /// The layout's site-wide part for each root a page can have (`""` to `"../../../../"`, for a tag's later
    /// pages, and `base_url`'s path), made once instead of for every page.
    private(set) var layouts: [String: LayoutModel] = [:]

    /// The renderer of `edition` (the main one when `nil`) in the words of `text`; `pages` are that edition's.
    init(
        theme: any Theme, config: SiteConfig, text: InterfaceText = .english, pages: [Page], faviconPath: String?,
        edition: Edition? = nil
    ) {
        self.theme = theme.localized(text)
        self.config = config
        self.text = text
        editions = config.editions
        self.edition = edition ?? editions[0]
        links = SiteLinks(baseURL: config.baseURL, prefix: self.edition.prefix)
        self.pages = pages
        self.faviconPath = faviconPath
        dates = DateLanguage(tag: self.edition.language)
        scaleModels = ScaleModels(config.scale, language: self.edition.language, text: text)
        for root in ["", "../", "../../", "../../../", "../../../../", links.basePath] {
            layouts[root] = siteLayout(root: root)
        }
    }

    /// What the layout needs to know about one page besides its content.
    struct PageMeta {
        /// The page path (`""`, `"slug/"`, `"tags/nato/"`).
        var path: String
        /// The page's own title; `nil` on the home page.
        var title: String?
        var description: String
        /// For an article page: its dates and JSON-LD blocks, for the head.
        var article: ArticleMeta?
        /// The slug of the standing page shown, to mark it in the navigation.
        var navigationSlug: String?
        /// For pages served at any URL (404.html): link from `base_url`'s path instead of relatively.
        var usesBasePath = false
        /// A draft built with `--drafts`: search engines are asked not to index it.
        var isDraft = false
        /// For a page of a paginated listing: where it stands, for the head's `prev` and `next` links.
        var pagination: PaginationModel?
        /// For a translated article: its page in each edition, itself included (`hreflang` links).
        var alternates: [LayoutModel.Alternate] = []
        /// A feed of this page's own, announced in the head beside the site's.
        var feed: LayoutModel.Feed?

        /// The relative path from the page to the site root, or `base_url`'s path for pages served at any URL.
        func root(_ links: SiteLinks) -> String {
            usesBasePath ? links.basePath : SiteLinks.root(from: path)
        }
    }

    /// What the layout shows of an article in the page's head.
    struct ArticleMeta {
        var publishedTime: String
        var modifiedTime: String
        var structuredData: [HTML]
        var shareImage: ShareImageModel?
    }

    /// How the site's language writes dates for readers (read for every date of every listing: made once).
    let dates: DateLanguage
    /// How the site's verdicts and statuses look, in its language (read for every claim: made once).
    let scaleModels: ScaleModels

    /// The share card generated for `article`, in the theme's style; `nil` when its lead image is its share image,
    /// or when site.yml turns cards off (`share_cards: false`).
    func shareCard(for article: Article) -> ShareCard? {
        guard config.shareCards, article.image?.file == nil else { return nil }
        return ShareCard(
            article: article, siteTitle: config.title, style: theme.shareCard, scale: scaleModels, text: text)
    }

    /// The HTML page of one article; `body` is its Markdown stage output, `related` its related fact checks,
    /// `card` its share card (`shareCard(for:)`), `translations` the folders (`Edition.folder`) of the editions
    /// that have an article of its slug, its own included.
    func renderArticle(
        _ article: Article, body: RenderedBody, related: [Article] = [], card: ShareCard?, translations: [String] = []
    ) -> OutputFile {
        let path = SiteLinks.page(article.slug)
        let articleBody = ArticleBody(
            html: body.html ?? "", placeholders: body.badges, sources: article.sources, scale: scaleModels,
            theme: theme, text: text)
        var model = ArticleModel(
            article: article, body: articleBody, related: related, root: SiteLinks.root(from: path),
            tagNames: config.tagNames, dates: dates, scale: scaleModels)
        model.language = edition.language
        let root = SiteLinks.root(from: path)
        model.authorHref = article.authorSlug.map { Href(site: root + SiteLinks.author($0)) }
        // A claimant's page lists published claims only: a draft's claim may be on none yet.
        if !article.draft {
            for index in model.claims.indices {
                model.claims[index].claimantHref = article.claims[index].claimantID.map {
                    Href(site: root + SiteLinks.claimant($0))
                }
            }
        }
        let versions = editions.filter { translations.contains($0.folder) }
        if versions.count > 1 {
            let siteRoot = links.siteRoot(from: path)
            model.translations = versions.filter { $0 != edition }.map {
                ArticleModel.Translation(
                    language: $0.language, name: $0.name,
                    href: Href(site: siteRoot + $0.prefix + SiteLinks.page(article.slug)))
            }
        }
        // A draft's ClaimReview must not reach aggregators that skip `noindex`.
        let head = ArticleMeta(
            publishedTime: article.date.timestamp, modifiedTime: article.lastModified.timestamp,
            structuredData: article.draft
                ? []
                : StructuredData.blocks(
                    for: article, config: config, links: links, scale: scaleModels, language: edition.language
                ).map(HTML.init(trustedUTF8:)),
            shareImage: shareImage(for: article, card: card))
        var meta = PageMeta(
            path: path, title: article.title, description: article.summary, article: head, isDraft: article.draft)
        if versions.count > 1 {
            meta.alternates = versions.map {
                LayoutModel.Alternate(
                    language: $0.language, href: Href(site: links.baseURL + $0.prefix + SiteLinks.page(article.slug)))
            }
            // Readers whose language has no edition get the main edition's, when it has the check.
            if let main = versions.first(where: \.isMain) {
                meta.alternates.append(
                    LayoutModel.Alternate(
                        language: "x-default",
                        href: Href(site: links.baseURL + main.prefix + SiteLinks.page(article.slug))))
            }
        }
        // Each file once: the front-matter images, then the body's.
        var images: [ImageFile] = []
        for file in article.frontMatterImages.compactMap(\.file) + body.images where !images.contains(file) {
            images.append(file)
        }
        return page(.article, meta, bodyLinks: body.links, images: images, bodySize: articleBody.html.utf8.count) {
            theme.article(model, into: &$0)
        }
    }

    /// The HTML page of one standing page.
    func renderStandingPage(_ page: Page, body: RenderedBody) -> OutputFile {
        let path = SiteLinks.page(page.slug)
        let meta = PageMeta(
            path: path, title: page.title, description: page.summary ?? config.description, navigationSlug: page.slug,
            isDraft: page.draft)
        let model = StandingPageModel(
            title: page.title, summary: page.summary, body: standingPageParts(body.html ?? ""),
            language: edition.language)
        return self.page(.standingPage, meta, bodyLinks: body.links) { theme.standingPage(model, into: &$0) }
    }

    /// A standing page's HTML cut at each marker paragraph, with the site's verdicts or statuses there.
    func standingPageParts(_ html: String) -> [StandingPageModel.Part] {
        var parts: [StandingPageModel.Part] = []
        var rest = Substring(html)
        while let (range, marker) = PageMarker.allCases.compactMap({ marker in
            rest.range(of: marker.renderedParagraph).map { ($0, marker) }
        }).min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if range.lowerBound > rest.startIndex {
                parts.append(.html(HTML(trusted: String(rest[..<range.lowerBound]))))
            }
            switch marker {
            case .verdicts: parts.append(.verdicts(scaleModels.verdicts))
            case .statuses: parts.append(.statuses(scaleModels.statuses))
            }
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty || parts.isEmpty { parts.append(.html(HTML(trusted: String(rest)))) }
        return parts
    }

    /// Renders one listing; `nil` for `claims.json` and `claimreview-feed.json`, which are streamed to the sink
    /// instead (`stream`).
    ///
    /// `otherEditions` are the other editions' renderers, articles and tags, for the site-wide sitemap.
    func renderListing(
        _ listing: SiteOutput, articles: [Article], tags: [(tag: String, articles: [Int])], people: People = People(),
        otherEditions: [SiteBuilder.EditionContent] = []
    ) -> OutputFile? {
        switch listing {
        case .index(let page): renderIndex(articles, page: page)
        case .tagIndex: renderTagIndex(tags: tags, articles: articles)
        case .tag(let tag, let tagged, let page): renderTag(tag, tagged: tagged, page: page, articles: articles)
        case .claims(let page): renderClaims(articles, page: page)
        case .author(let slug, let written, let page):
            renderAuthor(slug, written: written, page: page, articles: articles)
        case .claimant(let id, let made, let page): renderClaimant(id, made: made, page: page, articles: articles)
        case .corrections: renderCorrections(articles)
        case .correctionsFeed:
            OutputFile(
                path: links.output(SiteLinks.correctionsFeed),
                contents: CorrectionsFeed.xml(
                    updates: Self.updatesNewestFirst(Self.published(articles)),
                    title: "\(text(.correctionsHeading)) | \(config.title)", subtitle: text(.correctionsDescription),
                    config: config, links: links, language: edition.language))
        case .search: renderSearch(articles)
        case .searchIndex:
            OutputFile(
                path: links.output(SiteLinks.searchIndex),
                contents: SearchIndex.json(articles: articles, dates: dates, scale: scaleModels))
        case .notFound: renderNotFound()
        case .feed:
            OutputFile(
                path: links.output(SiteLinks.feed),
                contents: AtomFeed.xml(
                    articles: Self.published(articles), config: config, links: links, language: edition.language))
        case .sitemap:
            OutputFile(
                path: SiteLinks.sitemap,
                contents: Sitemap.xml(
                    sitemapEntries(articles, tags, people)
                        + otherEditions.flatMap { $0.renderer.sitemapEntries($0.articles, $0.tags, $0.people) },
                    links: links))
        case .robots: OutputFile(path: SiteLinks.robots, contents: Sitemap.robots(links: links))
        case .verdictIcon(let verdict):
            OutputFile(
                path: VerdictIcon.file(verdict.key),
                contents: VerdictIcon.svg(verdict, label: verdict.label.textOrEnglish(in: config.language)))
        case .claimsExport, .claimReviewFeed: nil
        }
    }

    /// Writes `claims.json`, the largest file of a big site, straight into `sink`, in pieces.
    func streamClaimsExport(articles: [Article], into sink: OutputSink) -> OutputSummary {
        sink.acceptStreamed(path: links.output(SiteLinks.claimsExport)) { emit in
            ClaimsExport.stream(
                articles: Self.published(articles), config: config, links: links, scale: scaleModels, to: emit)
        }
    }

    /// Writes `claimreview-feed.json` straight into `sink`, an article at a time.
    func streamClaimReviewFeed(articles: [Article], into sink: OutputSink) -> OutputSummary {
        sink.acceptStreamed(path: links.output(SiteLinks.claimReviewFeed)) { emit in
            ClaimReviewFeed.stream(
                articles: Self.published(articles), config: config, links: links, scale: scaleModels,
                language: edition.language, to: emit)
        }
    }

    /// Writes `listing`, one of the files `renderListing` leaves to the sink, straight into `sink`.
    func stream(_ listing: SiteOutput, articles: [Article], into sink: OutputSink) -> OutputSummary {
        if case .claimReviewFeed = listing { return streamClaimReviewFeed(articles: articles, into: sink) }
        return streamClaimsExport(articles: articles, into: sink)
    }

    /// `articles` without drafts, for what is sent beyond the site: the feed, the sitemap and `claims.json`.
    ///
    /// Drafts are built with `--drafts` for review only. Without a copy when there are none, as is usual.
    static func published(_ articles: [Article]) -> [Article] {
        articles.contains(where: \.draft) ? articles.filter { !$0.draft } : articles
    }

    /// Every tag used by a published article, sorted, with its articles' indices in `articles` in site order:
    /// grouped once for the tag index, the tag pages and the sitemap. (Indices, not copies of the articles: at
    /// 10,000 fact checks with 3 tags each, copies took 16 MB.)
    static func tagGroups(_ articles: [Article]) -> [(tag: String, articles: [Int])] {
        var groups: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            for tag in article.tags { groups[tag, default: []].append(index) }
        }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Renders one HTML page: the page's own template, written by `content`, inside the layout.
    func page(
        _ template: ThemeTemplate, _ meta: PageMeta, bodyLinks: [String: SourceLocation] = [:],
        images: [ImageFile] = [], bodySize: Int = 0, content: (inout HTML) -> Void
    ) -> OutputFile {
        // Room for the body and the rest of a typical page, so that the buffer rarely grows (and copies) while
        // the page is written.
        var html = HTML(capacity: bodySize + 24_576)
        theme.layout(layoutModel(meta), into: &html, content: content)
        let file = meta.usesBasePath ? SiteLinks.notFound : links.output(SiteLinks.file(meta.path))
        return OutputFile(
            path: file, bytes: html.bytes,
            origin: OutputFile.Origin(template: template, bodyLinks: bodyLinks, images: images))
    }
}
