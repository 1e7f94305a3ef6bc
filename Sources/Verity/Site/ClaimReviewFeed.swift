/// `claimreview-feed.json`: every published fact check's ClaimReviews (and MediaReviews) as a schema.org
/// `DataFeed`, in the form Data Commons publishes, for aggregators that read a feed instead of crawling pages.
///
/// Each `DataFeedItem` is one article (`dateCreated`, its page's `url`) with its reviews as `item`, the very
/// bytes of the JSON-LD on its page (`StructuredData.reviews`). One article per line, so that a diff of two
/// builds shows which checks changed.
enum ClaimReviewFeed {
    /// The feed for `articles` (published ones, newest first), handed to `emit` an article at a time, so that the
    /// whole file is never in memory.
    static func stream(
        articles: [Article], config: SiteConfig, links: SiteLinks, scale: ScaleModels, language: String,
        to emit: (String) -> Void
    ) {
        // The newest modification of any article: the feed changes when one of them does.
        let modified = articles.map(\.lastModified).max()
        emit(#"{"@context":"https://schema.org","@type":"DataFeed","dataFeedElement":["#)
        for (index, article) in articles.enumerated() {
            var json = JSONScript()
            json.object { item in
                item.field("@type", "DataFeedItem")
                item.field("dateCreated", article.date.text)
                item.field(
                    "item",
                    array: { list in
                        for review in StructuredData.reviews(
                            for: article, config: config, links: links, scale: scale, language: language)
                        {
                            list.value(json: review)
                        }
                    })
                item.field("url", links.url(SiteLinks.page(article.slug)))
            }
            emit((index == 0 ? "\n" : ",\n") + json.text)
        }
        // A date's text is digits and hyphens: nothing to escape.
        let date = modified.map { #","dateModified":""# + $0.text + #"""# } ?? ""
        emit((articles.isEmpty ? "" : "\n") + "]" + date + "}\n")
    }
}
