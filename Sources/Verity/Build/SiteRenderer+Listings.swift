/// The listing pages: home, tags, the claims index, corrections, the 404 page, and the sitemap's entries.
extension SiteRenderer {
    /// A page of the home page: its share of the articles, newest first, and on the first page the verdict chart
    /// of them all.
    func renderIndex(_ articles: [Article], page: PageNumber) -> OutputFile {
        let path = SiteLinks.listingPage("", page.number)
        let root = SiteLinks.root(from: path)
        let pagination = PaginationModel(page, first: "", size: config.pageSize, text: text)
        let model = IndexModel(
            siteTitle: config.title, siteDescription: config.description,
            articles: articles[page.range(items: articles.count, size: config.pageSize)].map {
                summary($0, root: root)
            },
            chart: page.number == 1 ? VerdictChart(articles: articles, scale: scaleModels, text: text) : nil,
            claimsHref: Href(site: root + SiteLinks.claims), pagination: pagination, language: edition.language)
        let meta = PageMeta(
            path: path, title: page.number == 1 ? nil : pageTitle(text(.latestHeading), page),
            description: config.description, pagination: pagination)
        return self.page(.index, meta) { theme.index(model, into: &$0) }
    }

    /// A tag's name: site.yml's, else as `article` (one of the tag's) writes it, else its slug.
    func tagName(_ slug: String, in article: Article?) -> String {
        article?.tagName(slug, names: config.tagNames) ?? config.tagNames[slug] ?? slug
    }

    /// The title of a listing's page: `title` on the first, "title — page 2" on the others.
    func pageTitle(_ title: String, _ page: PageNumber) -> String {
        title + page.titleSuffix(text)
    }

    /// The index of every tag used by a published article.
    func renderTagIndex(tags: [(tag: String, articles: [Int])], articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.tags)
        let entries = tags.map { tag, tagged in
            TagIndexModel.Entry(
                name: tagName(tag, in: tagged.first.map { articles[$0] }), href: Href(site: root + SiteLinks.tag(tag)),
                count: tagged.count,
                countText: text.counted(.factCheckCount, tagged.count))
        }
        let meta = PageMeta(path: SiteLinks.tags, title: text(.navTags), description: text(.tagsDescription))
        return page(.tagIndex, meta) {
            theme.tagIndex(TagIndexModel(tags: entries, language: edition.language), into: &$0)
        }
    }

    /// A page of one tag's page: its share of the tag's fact checks (`tagged`, indices in `articles`, newest
    /// first).
    func renderTag(_ tag: String, tagged: [Int], page: PageNumber, articles: [Article]) -> OutputFile {
        let first = SiteLinks.tag(tag)
        let path = SiteLinks.listingPage(first, page.number)
        let root = SiteLinks.root(from: path)
        let pagination = PaginationModel(page, first: first, size: config.pageSize, text: text)
        let name = tagName(tag, in: tagged.first.map { articles[$0] })
        let model = TagModel(
            tag: name, countText: text.counted(.factCheckCount, tagged.count),
            articles: tagged[page.range(items: tagged.count, size: config.pageSize)].map {
                summary(articles[$0], root: root)
            },
            tagsHref: Href(site: root + SiteLinks.tags), pagination: pagination, language: edition.language)
        let meta = PageMeta(
            path: path, title: pageTitle(text(.tagHeading, ["tag": name]), page),
            description: text(.tagDescription, ["tag": name]),
            pagination: pagination)
        return self.page(.tag, meta) { theme.tag(model, into: &$0) }
    }

    /// A page of the claims index: its share of the claims with their verdicts, each linking to its card.
    func renderClaims(_ articles: [Article], page: PageNumber) -> OutputFile {
        let path = SiteLinks.listingPage(SiteLinks.claims, page.number)
        let root = SiteLinks.root(from: path)
        let total = articles.reduce(0) { $0 + $1.claims.count }
        let range = page.range(items: total, size: config.claimsPageSize)
        var entries: [ClaimsIndexModel.Entry] = []
        entries.reserveCapacity(range.count)
        // Claims before this page's are counted, not made into entries.
        var position = 0
        for article in articles where position < range.upperBound {
            defer { position += article.claims.count }
            guard position + article.claims.count > range.lowerBound else { continue }
            for (offset, claim) in article.claims.enumerated() where range.contains(position + offset) {
                entries.append(claimEntry(claim, of: article, root: root))
            }
        }
        let pagination = PaginationModel(page, first: SiteLinks.claims, size: config.claimsPageSize, text: text)
        let model = ClaimsIndexModel(
            claims: entries, countText: text.counted(.claimCount, total),
            chart: page.number == 1 ? VerdictChart(articles: articles, scale: scaleModels, text: text) : nil,
            exportHref: Href(site: root + SiteLinks.claimsExport), pagination: pagination,
            language: edition.language)
        let meta = PageMeta(
            path: path, title: pageTitle(text(.navClaims), page), description: text(.claimsDescription),
            pagination: pagination)
        return self.page(.claims, meta) { theme.claims(model, into: &$0) }
    }

    /// An article in a list (home, tag, author pages), with links from a page at `root`.
    func summary(_ article: Article, root: String) -> ArticleSummaryModel {
        ArticleSummaryModel(
            article: article, root: root, tagNames: config.tagNames, dates: dates, scale: scaleModels, text: text)
    }

    /// A claim in a list of claims (the claims index, claimants' pages), linking to its card from `root`.
    func claimEntry(_ claim: Claim, of article: Article, root: String) -> ClaimsIndexModel.Entry {
        let articleHref = root + SiteLinks.page(article.slug)
        return ClaimsIndexModel.Entry(
            claim: claim.claim, claimant: claim.claimant, verdict: scaleModels.verdict(claim.verdict),
            conclusion: claim.conclusion, href: Href(site: articleHref + "#" + claim.id), articleTitle: article.title,
            articleHref: Href(site: articleHref), date: DateModel(article.date, in: dates))
    }

    /// Every entry of every article's updates log with its place in that log, newest first (then by slug, and
    /// the later entry of one log first), for the corrections page and its feed.
    static func updatesNewestFirst(_ articles: [Article]) -> [(article: Article, index: Int, update: Update)] {
        articles.flatMap { article in
            article.updates.enumerated().map { (article: article, index: $0.offset, update: $0.element) }
        }
        .sorted { lhs, rhs in
            if lhs.update.date != rhs.update.date { return lhs.update.date > rhs.update.date }
            if lhs.article.slug != rhs.article.slug { return lhs.article.slug < rhs.article.slug }
            return lhs.index > rhs.index
        }
    }

    /// Every entry of every article's updates log, newest first.
    func renderCorrections(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.corrections)
        let updates = Self.updatesNewestFirst(articles).map { article, _, update in
            CorrectionsModel.Entry(
                date: DateModel(update.date, in: dates), note: update.note, articleTitle: article.title,
                articleHref: Href(site: root + SiteLinks.page(article.slug)))
        }
        var meta = PageMeta(
            path: SiteLinks.corrections, title: text(.correctionsHeading), description: text(.correctionsDescription))
        let feedHref = Href(site: root + SiteLinks.correctionsFeed)
        meta.feed = LayoutModel.Feed(title: text(.correctionsFeed), href: feedHref)
        let model = CorrectionsModel(updates: updates, feedHref: feedHref, language: edition.language)
        return page(.corrections, meta) { theme.corrections(model, into: &$0) }
    }

    /// The search page: a search form for its script over `search.json`, and without script, links to browse
    /// and the latest fact checks (never every one: a large site's page stays small).
    func renderSearch(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.search)
        let latest = articles.lazy.filter { !$0.draft }.prefix(SearchModel.latestCount).map {
            ArticleLinkModel(article: $0, root: root, dates: dates, scale: scaleModels)
        }
        let model = SearchModel(
            indexHref: Href(site: root + SiteLinks.searchIndex),
            scriptHref: Href(site: links.siteRoot(from: SiteLinks.search) + SiteLinks.assets + "search.js"),
            claimsHref: Href(site: root + SiteLinks.claims),
            tagsHref: Href(site: root + SiteLinks.tags), latest: Array(latest), language: edition.language)
        let meta = PageMeta(
            path: SiteLinks.search, title: text(.navSearch), description: text(.searchDescription))
        return page(.search, meta) { theme.search(model, into: &$0) }
    }

    /// The page static hosts serve for a missing URL; its links start from `base_url`'s path.
    func renderNotFound() -> OutputFile {
        let root = links.basePath
        let model = NotFoundModel(
            homeHref: Href(site: root), claimsHref: Href(site: root + SiteLinks.claims), language: edition.language)
        let meta = PageMeta(
            path: "", title: text(.notFoundHeading), description: config.description, usesBasePath: true)
        return page(.notFound, meta) { theme.notFound(model, into: &$0) }
    }

    /// Every page of the site for `sitemap.xml`, with its last modification where it has one.
    ///
    /// Every page of a paginated listing has the date of the listing's newest change: a new article moves one
    /// down every page.
    func sitemapEntries(_ articles: [Article], _ tags: [(tag: String, articles: [Int])], _ people: People = People())
        -> [Sitemap.Entry]
    {
        // Drafts (built with --drafts for review) are left out, and so are tags only drafts use; the listing
        // pages are all there, whatever they list.
        let published = articles.indices.filter { !articles[$0].draft }
        let newest = published.map { articles[$0].lastModified }.max()
        let claims = articles.reduce(0) { $0 + $1.claims.count }
        var entries = listingEntries("", items: articles.count, size: config.pageSize, lastModified: newest)
        entries += published.map {
            Sitemap.Entry(pagePath: SiteLinks.page(articles[$0].slug), lastModified: articles[$0].lastModified)
        }
        entries += pages.filter { !$0.draft }.map {
            Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: nil)
        }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.tags, lastModified: newest))
        for (tag, tagged) in tags {
            let dates = tagged.filter { !articles[$0].draft }.map { articles[$0].lastModified }
            guard !dates.isEmpty else { continue }
            entries += listingEntries(
                SiteLinks.tag(tag), items: tagged.count, size: config.pageSize, lastModified: dates.max())
        }
        entries += listingEntries(SiteLinks.claims, items: claims, size: config.claimsPageSize, lastModified: newest)
        for (slug, written) in people.authors {
            entries += listingEntries(
                SiteLinks.author(slug), items: written.count, size: config.pageSize,
                lastModified: written.map { articles[$0].lastModified }.max())
        }
        for (id, made) in people.claimants {
            entries += listingEntries(
                SiteLinks.claimant(id), items: made.count, size: config.claimsPageSize,
                lastModified: made.map { articles[$0.article].lastModified }.max())
        }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.search, lastModified: newest))
        entries.append(
            Sitemap.Entry(
                pagePath: SiteLinks.corrections,
                lastModified: published.flatMap { articles[$0].updates }.map(\.date).max()))
        // The sitemap is the site's: its paths are from the site's root.
        guard !links.prefix.isEmpty else { return entries }
        return entries.map { Sitemap.Entry(pagePath: links.output($0.pagePath), lastModified: $0.lastModified) }
    }

    /// The sitemap's entries for every page of the listing whose first page is at `first`.
    private func listingEntries(_ first: String, items: Int, size: Int, lastModified: ContentDate?)
        -> [Sitemap.Entry]
    {
        PageNumber.all(items: items, size: size).map {
            Sitemap.Entry(pagePath: SiteLinks.listingPage(first, $0.number), lastModified: lastModified)
        }
    }
}
