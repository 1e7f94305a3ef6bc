/// The authors' and claimants' pages.
extension SiteRenderer {
    /// One page of an author's listing: who they are (site.yml's entry) and their share of the author's published fact
    /// checks (`written`, indices in `articles`, newest first).
    func renderAuthor(_ slug: String, written: [Int], page: PageNumber, articles: [Article]) -> OutputFile {
        let author = config.authors.first { $0.slug == slug } ?? AuthorDefinition(slug: slug, name: slug)
        let first = SiteLinks.author(slug)
        let path = SiteLinks.listingPage(first, page.number)
        let root = SiteLinks.root(from: path)
        let pagination = PaginationModel(page, first: first, size: config.pageSize, text: text)
        let model = AuthorModel(
            name: author.name, role: author.role, bio: author.bio,
            links: author.sameAs.map { AuthorModel.Link(href: Href($0), text: Self.shortAddress($0.text)) },
            countText: text.counted(.factCheckCount, written.count),
            articles: written[page.range(items: written.count, size: config.pageSize)].map {
                summary(articles[$0], root: root)
            },
            pagination: pagination, language: edition.language)
        let meta = PageMeta(
            path: path, title: pageTitle(author.name, page),
            description: author.bio ?? text(.authorDescription, ["author": author.name]), pagination: pagination)
        return self.page(.author, meta) { theme.author(model, into: &$0) }
    }

    /// One page of a claimant's listing: the tally of our verdicts on all their published claims (`made`, newest
    /// article first) and this page's share of those claims, each linking to its card.
    func renderClaimant(_ id: String, made: [ClaimPlace], page: PageNumber, articles: [Article]) -> OutputFile {
        let claims = made.map { articles[$0.article].claims[$0.claim] }
        // Their newest claim names them; an older spelling or role gives way to it.
        let name = claims.first?.claimant ?? id
        let first = SiteLinks.claimant(id)
        let path = SiteLinks.listingPage(first, page.number)
        let root = SiteLinks.root(from: path)
        let pagination = PaginationModel(page, first: first, size: config.claimsPageSize, text: text)
        let entries = made[page.range(items: made.count, size: config.claimsPageSize)].map { place in
            claimEntry(articles[place.article].claims[place.claim], of: articles[place.article], root: root)
        }
        let url = claims.lazy.compactMap(\.claimantURL).first
        let model = ClaimantModel(
            name: name, title: claims.lazy.compactMap(\.claimantTitle).first, url: url.map(Href.init),
            urlText: url.map { Self.shortAddress($0.text) },
            countText: text.counted(.claimCount, made.count),
            tally: VerdictTally.tally(claims.map(\.verdict), scale: scaleModels, text: text), claims: entries,
            claimsHref: Href(site: root + SiteLinks.claims), pagination: pagination, language: edition.language)
        let meta = PageMeta(
            path: path, title: pageTitle(name, page), description: text(.claimantDescription, ["claimant": name]),
            pagination: pagination)
        return self.page(.claimant, meta) { theme.claimant(model, into: &$0) }
    }

    /// An address as a reader reads it: without `https://`, `http://`, `www.` and a final `/`.
    static func shortAddress(_ address: String) -> String {
        var text = Substring(address)
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        if text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
