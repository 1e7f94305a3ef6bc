/// The listing pages: home, tags, the claims index, corrections, the 404 page, and the sitemap's entries.
extension SiteRenderer {
    /// The home page: every article, newest first, and the verdict chart.
    func renderIndex(_ articles: [Article]) -> OutputFile {
        let model = IndexModel(
            siteTitle: config.title, siteDescription: config.description,
            articles: articles.map { ArticleSummaryModel(article: $0, root: "") },
            chart: VerdictChart(articles: articles), claimsHref: Href(site: SiteLinks.claims))
        return page(.index, PageMeta(path: "", title: nil, description: config.description)) {
            theme.index(model, into: &$0)
        }
    }

    /// The index of every tag used by a published article.
    func renderTagIndex(tags: [(tag: String, articles: [Int])]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.tags)
        let entries = tags.map { tag, tagged in
            TagIndexModel.Entry(
                name: tag, href: Href(site: root + SiteLinks.tag(tag)), count: tagged.count,
                countText: CountText.of(tagged.count, "fact check"))
        }
        let meta = PageMeta(path: SiteLinks.tags, title: "Tags", description: "Fact checks by topic.")
        return page(.tagIndex, meta) { theme.tagIndex(TagIndexModel(tags: entries), into: &$0) }
    }

    /// The page of one tag: its fact checks (`tagged`, newest first).
    func renderTag(_ tag: String, tagged: [Article]) -> OutputFile {
        let path = SiteLinks.tag(tag)
        let root = SiteLinks.root(from: path)
        let model = TagModel(
            tag: tag, countText: CountText.of(tagged.count, "fact check"),
            articles: tagged.map { tagPageSummaries[$0.slug] ?? ArticleSummaryModel(article: $0, root: root) },
            tagsHref: Href(site: root + SiteLinks.tags))
        let meta = PageMeta(path: path, title: "Tag: \(tag)", description: "Fact checks tagged \(tag).")
        return page(.tag, meta) { theme.tag(model, into: &$0) }
    }

    /// Every claim with its verdict, linking to its card.
    func renderClaims(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.claims)
        var entries: [ClaimsIndexModel.Entry] = []
        entries.reserveCapacity(articles.reduce(0) { $0 + $1.claims.count })
        for article in articles {
            let articleHref = root + SiteLinks.page(article.slug)
            for claim in article.claims {
                entries.append(
                    ClaimsIndexModel.Entry(
                        claim: claim.claim, claimant: claim.claimant, verdict: claim.verdict,
                        conclusion: claim.conclusion,
                        href: Href(site: articleHref + "#" + claim.id), articleTitle: article.title,
                        articleHref: Href(site: articleHref), date: article.date))
            }
        }
        let model = ClaimsIndexModel(
            claims: entries, countText: CountText.of(entries.count, "claim"),
            chart: VerdictChart(articles: articles), exportHref: Href(site: root + SiteLinks.claimsExport))
        let meta = PageMeta(
            path: SiteLinks.claims, title: "All claims", description: "Every claim we checked, with its verdict.")
        return page(.claims, meta) { theme.claims(model, into: &$0) }
    }

    /// Every entry of every article's updates log, newest first.
    func renderCorrections(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.corrections)
        let updates = articles.flatMap { article in
            article.updates.enumerated().map { (article, $0.offset, $0.element) }
        }
        .sorted { lhs, rhs in
            if lhs.2.date != rhs.2.date { return lhs.2.date > rhs.2.date }
            if lhs.0.slug != rhs.0.slug { return lhs.0.slug < rhs.0.slug }
            return lhs.1 > rhs.1
        }
        .map { article, _, update in
            CorrectionsModel.Entry(
                date: update.date, note: update.note, articleTitle: article.title,
                articleHref: Href(site: root + SiteLinks.page(article.slug)))
        }
        let meta = PageMeta(
            path: SiteLinks.corrections, title: "Corrections and updates",
            description: "Every correction and update to our fact checks, newest first.")
        return page(.corrections, meta) { theme.corrections(CorrectionsModel(updates: updates), into: &$0) }
    }

    /// The search page: a search form for its script over `search.json`, and without script, links to browse
    /// and the latest fact checks (never every one: a large site's page stays small).
    func renderSearch(_ articles: [Article]) -> OutputFile {
        let root = SiteLinks.root(from: SiteLinks.search)
        let latest = articles.lazy.filter { !$0.draft }.prefix(SearchModel.latestCount).map {
            ArticleLinkModel(article: $0, root: root)
        }
        let model = SearchModel(
            indexHref: Href(site: root + SiteLinks.searchIndex),
            scriptHref: Href(site: root + SiteLinks.assets + "search.js"),
            claimsHref: Href(site: root + SiteLinks.claims),
            tagsHref: Href(site: root + SiteLinks.tags), latest: Array(latest))
        let meta = PageMeta(
            path: SiteLinks.search, title: "Search", description: "Search every fact check by its claims and verdicts.")
        return page(.search, meta) { theme.search(model, into: &$0) }
    }

    /// The page static hosts serve for a missing URL; its links start from `base_url`'s path.
    func renderNotFound() -> OutputFile {
        let root = links.basePath
        let model = NotFoundModel(homeHref: Href(site: root), claimsHref: Href(site: root + SiteLinks.claims))
        let meta = PageMeta(path: "", title: "Page not found", description: config.description, usesBasePath: true)
        return page(.notFound, meta) { theme.notFound(model, into: &$0) }
    }

    /// Every page of the site for `sitemap.xml`, with its last modification where it has one.
    func sitemapEntries(_ articles: [Article], _ tags: [(tag: String, articles: [Int])]) -> [Sitemap.Entry] {
        let newest = articles.map(\.lastModified).max()
        var entries = [Sitemap.Entry(pagePath: "", lastModified: newest)]
        entries += articles.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: $0.lastModified) }
        entries += pages.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: nil) }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.tags, lastModified: newest))
        for (tag, tagged) in tags {
            entries.append(
                Sitemap.Entry(
                    pagePath: SiteLinks.tag(tag), lastModified: tagged.map { articles[$0].lastModified }.max()))
        }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.claims, lastModified: newest))
        entries.append(Sitemap.Entry(pagePath: SiteLinks.search, lastModified: newest))
        entries.append(
            Sitemap.Entry(pagePath: SiteLinks.corrections, lastModified: articles.flatMap(\.updates).map(\.date).max()))
        return entries
    }
}
