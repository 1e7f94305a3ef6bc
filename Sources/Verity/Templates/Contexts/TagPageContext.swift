/// What `tag.mustache` renders: the fact checks with one tag, newest first.
struct TagPageContext: Sendable {
    var tag: String
    var countText: String
    var articles: [ArticleSummaryContext]
    var tagsHref: String
}
