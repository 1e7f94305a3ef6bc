/// The site's Atom feed (`feed.xml`): articles newest first, with absolute URLs from `base_url`.
enum AtomFeed {
    /// The feed's XML for `articles` (already newest first), of the edition in `language`.
    static func xml(articles: [Article], config: SiteConfig, links: SiteLinks, language: String) -> String {
        let e = XMLEscaping.escape
        let updated = articles.map(\.lastModified).max()?.timestamp ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(language))">
              <title>\(e(config.title))</title>
              <subtitle>\(e(config.description))</subtitle>
              <link rel="alternate" type="text/html" href="\(e(links.url("")))"/>
              <link rel="self" type="application/atom+xml" href="\(e(links.url(SiteLinks.feed)))"/>
              <id>\(e(links.url("")))</id>
              <updated>\(updated)</updated>
              <author><name>\(e(config.publisher.name))</name><uri>\(e(config.publisher.url))</uri></author>

            """
        for article in articles {
            let url = links.url(SiteLinks.page(article.slug))
            xml += """
                  <entry>
                    <title>\(e(article.title))</title>
                    <link rel="alternate" type="text/html" href="\(e(url))"/>
                    <id>\(e(url))</id>
                    <published>\(article.date.timestamp)</published>
                    <updated>\(article.lastModified.timestamp)</updated>
                    <author><name>\(e(article.author))</name></author>
                    <summary>\(e(article.summary))</summary>

                """
            for tag in article.namedTags(config.tagNames) {
                // A label only where the name is not the slug itself.
                let label = tag.name == tag.slug ? "" : " label=\"\(e(tag.name))\""
                xml += "    <category term=\"\(e(tag.slug))\"\(label)/>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
