import Mustache

/// What `tag.mustache` renders: the fact checks with one tag, newest first.
struct TagPageContext: Sendable {
    var tag: String
    var countText: String
    var articles: [ArticleSummaryContext]
    var tagsHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}

extension TagPageContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "tag": self.tag
        case "countText": self.countText
        case "articles": self.articles
        case "tagsHref": self.tagsHref
        case "root": self.root
        default: nil
        }
    }
}
