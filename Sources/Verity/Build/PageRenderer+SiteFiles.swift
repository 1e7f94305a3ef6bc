/// The files for machines: Atom feed, sitemap, robots.txt and the claims export.
extension PageRenderer {
    /// The sitemap and robots.txt.
    func sitemapFiles(articles: [Article], pages: [Page]) -> [OutputFile] {
        let newest = articles.map(\.lastModified).max()
        var entries = [Sitemap.Entry(pagePath: "", lastModified: newest)]
        entries += articles.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: $0.lastModified) }
        entries += pages.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: nil) }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.tags, lastModified: newest))
        for tag in Set(articles.flatMap(\.tags)).sorted() {
            let tagged = articles.filter { $0.tags.contains(tag) }
            entries.append(Sitemap.Entry(pagePath: SiteLinks.tag(tag), lastModified: tagged.map(\.lastModified).max()))
        }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.claims, lastModified: newest))
        entries.append(Sitemap.Entry(pagePath: SiteLinks.corrections, lastModified: articles.flatMap(\.updates).map(\.date).max()))
        return [
            OutputFile(path: SiteLinks.sitemap, contents: Sitemap.xml(entries, links: links)),
            OutputFile(path: SiteLinks.robots, contents: Sitemap.robots(links: links)),
        ]
    }

    /// The Atom feed.
    func feedFile(articles: [Article]) -> OutputFile {
        OutputFile(path: SiteLinks.feed, contents: AtomFeed.xml(articles: articles, config: config, links: links))
    }

    /// claims.json.
    func claimsExportFile(articles: [Article]) -> OutputFile {
        OutputFile(path: SiteLinks.claimsExport, contents: ClaimsExport.json(articles: articles, config: config, links: links))
    }
}
