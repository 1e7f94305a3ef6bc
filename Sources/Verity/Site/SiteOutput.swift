/// A file of the site besides its articles and standing pages: the site's own listings and machine files.
///
/// This is the one list of them. Rendering makes each case (`SiteRenderer`), and validation keeps slugs and
/// static files off their paths, so adding an output is one case, its file, and how it is rendered.
///
/// The home page, the claims index and each tag's page are paginated: one case per page, each with its
/// `PageNumber`, so that a listing's pages are made one at a time like any other output.
enum SiteOutput: Sendable {
    case claimsExport, searchIndex
    /// `claimreview-feed.json`, every published article's ClaimReviews as a schema.org `DataFeed`.
    case claimReviewFeed
    /// A page of the claims index.
    case claims(PageNumber)
    /// A page of the home page's list.
    case index(PageNumber)
    case feed, sitemap, robots, tagIndex
    /// A page of a tag's list, with all the tag's articles' indices in the site's articles.
    case tag(String, [Int], PageNumber)
    case corrections, search, notFound
    /// A page of an author's fact checks, with the indices of their published articles in the site's articles.
    case author(String, [Int], PageNumber)
    /// A page of a claimant's claims, with where each of their published claims is in the site's articles.
    case claimant(String, [ClaimPlace], PageNumber)
    /// The Atom feed of every correction and update (`corrections/feed.xml`).
    case correctionsFeed
    /// The SVG icon of a verdict (ClaimReview's `reviewRating.image`), one per verdict of the scale, in
    /// `assets/verdicts/`.
    case verdictIcon(VerdictDefinition)

    /// The outputs every site has (paginated ones by their first page), the largest first so that the threads
    /// finish together.
    static let fixed: [SiteOutput] = [
        .claimsExport, .claimReviewFeed, .searchIndex, .claims(.first), .index(.first), .feed, .sitemap, .robots,
        .tagIndex, .corrections, .correctionsFeed, .search, .notFound,
    ]

    /// Whether the site has it once, at its root, whatever its editions.
    ///
    /// The sitemap, robots.txt and the 404 page; every other output is an edition's, each edition having its own.
    var isSiteWide: Bool {
        switch self {
        case .sitemap, .robots, .notFound, .verdictIcon: true
        default: false
        }
    }

    /// Every output of an edition of `articles` fact checks with `claims` claims whose articles use `tags`: the
    /// fixed ones with every page of the paginated ones, each tag's pages after the tag index; the site-wide ones
    /// (with the scale's verdict icons last) only for the main edition.
    static func all(
        articles: Int, claims: Int, tags: [(tag: String, articles: [Int])], config: SiteConfig, isMain: Bool = true,
        people: People = People()
    ) -> [SiteOutput] {
        let authors = people.authors.flatMap { slug, written in
            PageNumber.all(items: written.count, size: config.pageSize).map { SiteOutput.author(slug, written, $0) }
        }
        let claimants = people.claimants.flatMap { id, made in
            PageNumber.all(items: made.count, size: config.claimsPageSize).map { SiteOutput.claimant(id, made, $0) }
        }
        return fixed.filter { isMain || !$0.isSiteWide }.flatMap { output -> [SiteOutput] in
            switch output {
            case .claims: PageNumber.all(items: claims, size: config.claimsPageSize).map(SiteOutput.claims)
            case .index: PageNumber.all(items: articles, size: config.pageSize).map(SiteOutput.index)
            case .tagIndex:
                [output]
                    + tags.flatMap { tag, tagged in
                        PageNumber.all(items: tagged.count, size: config.pageSize).map { .tag(tag, tagged, $0) }
                    }
            default: [output]
            }
        } + authors + claimants + (isMain ? verdictIcons(config.scale) : [])
    }

    /// The icon of each verdict of `scale`.
    static func verdictIcons(_ scale: VerdictScale) -> [SiteOutput] {
        scale.verdicts.map(SiteOutput.verdictIcon)
    }

    /// The file it is written to, relative to the output folder.
    var file: String {
        switch self {
        case .claimsExport: SiteLinks.claimsExport
        case .claimReviewFeed: SiteLinks.claimReviewFeed
        case .searchIndex: SiteLinks.searchIndex
        case .claims(let page): SiteLinks.file(SiteLinks.listingPage(SiteLinks.claims, page.number))
        case .index(let page): SiteLinks.file(SiteLinks.listingPage("", page.number))
        case .feed: SiteLinks.feed
        case .sitemap: SiteLinks.sitemap
        case .robots: SiteLinks.robots
        case .tagIndex: SiteLinks.file(SiteLinks.tags)
        case .tag(let tag, _, let page): SiteLinks.file(SiteLinks.listingPage(SiteLinks.tag(tag), page.number))
        case .corrections: SiteLinks.file(SiteLinks.corrections)
        case .correctionsFeed: SiteLinks.correctionsFeed
        case .search: SiteLinks.file(SiteLinks.search)
        case .notFound: SiteLinks.notFound
        case .verdictIcon(let verdict): VerdictIcon.file(verdict.key)
        case .author(let slug, _, let page): SiteLinks.file(SiteLinks.listingPage(SiteLinks.author(slug), page.number))
        case .claimant(let id, _, let page):
            SiteLinks.file(SiteLinks.listingPage(SiteLinks.claimant(id), page.number))
        }
    }

    /// The files every site has.
    static let fixedFiles = fixed.map(\.file)

    /// Top-level names the site's own files take, which slugs may not: each fixed output's first path component
    /// without its extension (`feed`, `tags`…), the theme's `assets`, `page`, where the home page's later
    /// pages go, and the folders of the authors' and claimants' pages.
    static let reservedSlugs = Set(
        fixedFiles.map { String($0.split(separator: "/")[0].split(separator: ".")[0]) }
            + [SiteLinks.assets, SiteLinks.pages, SiteLinks.authors, SiteLinks.claimants].map { String($0.dropLast()) })

    /// Whether `file` is where a later page of a listing may go (`page/2/index.html`, `claims/page/3/index.html`,
    /// `tags/nato/page/2/index.html`), whatever the number of pages: static files may not be there.
    static func isLaterListingPage(_ file: String) -> Bool {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        let prefix = parts.count - 3
        guard parts.count >= 3, parts[prefix] + "/" == SiteLinks.pages, parts[prefix + 2] == SiteLinks.index,
            let number = Int(parts[prefix + 1]), number >= 2, String(number) == parts[prefix + 1]
        else { return false }
        let listing = parts[..<prefix].map { $0 + "/" }.joined()
        return listing.isEmpty || listing == SiteLinks.claims
            || (parts.count == 5
                && [SiteLinks.tags, SiteLinks.authors, SiteLinks.claimants].contains { listing.hasPrefix($0) })
    }
}
