/// A file of the site besides its articles and standing pages: the site's own listings and machine files.
///
/// This is the one list of them. Rendering makes each case (`SiteRenderer`), and validation keeps slugs and
/// static files off their paths, so adding an output is one case, its file, and how it is rendered.
enum SiteOutput: Sendable {
    case claimsExport, searchIndex, claims, index, feed, sitemap, robots, tagIndex
    /// A tag's page, with its articles' indices in the site's articles.
    case tag(String, [Int])
    case corrections, search, notFound

    /// The outputs every site has, the largest first so that the threads finish together; tag pages go after
    /// the tag index.
    static let fixed: [SiteOutput] = [
        .claimsExport, .searchIndex, .claims, .index, .feed, .sitemap, .robots, .tagIndex, .corrections, .search,
        .notFound,
    ]

    /// Every output of a site whose articles use `tags`: the fixed ones, each tag's page after the tag index.
    static func all(tags: [(tag: String, articles: [Int])]) -> [SiteOutput] {
        fixed.flatMap { output -> [SiteOutput] in
            guard case .tagIndex = output else { return [output] }
            return [output] + tags.map { .tag($0.tag, $0.articles) }
        }
    }

    /// The file it is written to, relative to the output folder.
    var file: String {
        switch self {
        case .claimsExport: SiteLinks.claimsExport
        case .searchIndex: SiteLinks.searchIndex
        case .claims: SiteLinks.file(SiteLinks.claims)
        case .index: SiteLinks.index
        case .feed: SiteLinks.feed
        case .sitemap: SiteLinks.sitemap
        case .robots: SiteLinks.robots
        case .tagIndex: SiteLinks.file(SiteLinks.tags)
        case .tag(let tag, _): SiteLinks.file(SiteLinks.tag(tag))
        case .corrections: SiteLinks.file(SiteLinks.corrections)
        case .search: SiteLinks.file(SiteLinks.search)
        case .notFound: SiteLinks.notFound
        }
    }

    /// The files every site has.
    static let fixedFiles = fixed.map(\.file)

    /// Top-level names the site's own files take, which slugs may not: each fixed output's first path component
    /// without its extension (`feed`, `tags`…), and the theme's `assets`.
    static let reservedSlugs = Set(
        fixedFiles.map { String($0.split(separator: "/")[0].split(separator: ".")[0]) }
            + [String(SiteLinks.assets.dropLast())])
}
