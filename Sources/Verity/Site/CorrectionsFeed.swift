/// The corrections feed (`corrections/feed.xml`): every entry of every updates log, newest first, each linking to
/// its article's updates log, with absolute URLs from `base_url`.
enum CorrectionsFeed {
    /// The feed's XML for `updates` (already newest first), titled `title`, of the edition in `language`.
    static func xml(
        updates: [(article: Article, index: Int, update: Update)], title: String, subtitle: String,
        config: SiteConfig, links: SiteLinks, language: String
    ) -> String {
        let e = XMLEscaping.escape
        let updated = updates.first?.update.date.timestamp ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(language))">
              <title>\(e(title))</title>
              <subtitle>\(e(subtitle))</subtitle>
              <link rel="alternate" type="text/html" href="\(e(links.url(SiteLinks.corrections)))"/>
              <link rel="self" type="application/atom+xml" href="\(e(links.url(SiteLinks.correctionsFeed)))"/>
              <id>\(e(links.url(SiteLinks.correctionsFeed)))</id>
              <updated>\(updated)</updated>
              <author><name>\(e(config.publisher.name))</name><uri>\(e(config.publisher.url))</uri></author>

            """
        for (article, index, update) in updates {
            let url = links.url(SiteLinks.page(article.slug))
            // The entry's place in its article's log makes its id: entries are added at the end of a log.
            xml += """
                  <entry>
                    <title>\(e(article.title))</title>
                    <link rel="alternate" type="text/html" href="\(e(url))#updates"/>
                    <id>\(e(url))#update-\(index + 1)</id>
                    <published>\(update.date.timestamp)</published>
                    <updated>\(update.date.timestamp)</updated>
                    <summary>\(e(update.note))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
