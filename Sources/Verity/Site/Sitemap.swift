/// `sitemap.xml` and `robots.txt`: every page's absolute URL, with `lastmod` where the page has a date.
enum Sitemap {
    /// One page in the sitemap.
    struct Entry {
        var pagePath: String
        var lastModified: ContentDate?
    }

    /// The sitemap's XML for `entries`, in the order given.
    static func xml(_ entries: [Entry], links: SiteLinks) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries {
            xml += "  <url><loc>\(XMLEscaping.escape(links.url(entry.pagePath)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(XMLEscaping.escape(date.text))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// `robots.txt`: everything may be crawled; names the sitemap.
    static func robots(links: SiteLinks) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(links.url(SiteLinks.sitemap))\n"
    }
}
