import Mustache

/// What `tags.mustache` renders: every tag with its number of fact checks.
struct TagIndexContext: Sendable {
    /// One tag in the index.
    struct Entry: Sendable {
        var name: String
        var href: String
        var count: Int
        var countText: String
    }

    var tags: [Entry]
    var hasTags: Bool
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}

extension TagIndexContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "tags": self.tags
        case "hasTags": self.hasTags
        case "root": self.root
        default: nil
        }
    }
}

extension TagIndexContext.Entry: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "count": self.count
        case "countText": self.countText
        default: nil
        }
    }
}
