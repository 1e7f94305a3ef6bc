/// The files for machines: Atom feed, sitemap and robots.txt (the claims export is streamed: `ClaimsExport`).
extension PageRenderer {
    /// The sitemap and robots.txt.
    func sitemapFiles(articles: [Article], tags: [(tag: String, articles: [Article])]) -> [OutputFile] {
        let newest = articles.map(\.lastModified).max()
        var entries = [Sitemap.Entry(pagePath: "", lastModified: newest)]
        entries += articles.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: $0.lastModified) }
        entries += pages.map { Sitemap.Entry(pagePath: SiteLinks.page($0.slug), lastModified: nil) }
        entries.append(Sitemap.Entry(pagePath: SiteLinks.tags, lastModified: newest))
        for (tag, tagged) in tags {
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
}
