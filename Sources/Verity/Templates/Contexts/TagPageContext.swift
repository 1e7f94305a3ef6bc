/// What `tag.mustache` renders: the fact checks with one tag, newest first.
struct TagPageContext: Sendable {
    var tag: String
    var countText: String
    var articles: [ArticleSummaryContext]
    var tagsHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}
