import Mustache

/// A tag as shown on article and listing pages, linking to the tag's page.
struct TagContext: Sendable {
    var name: String
    var href: String

    init(name: String, root: String) {
        self.name = name
        href = root + SiteLinks.tag(name)
    }
}

extension TagContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        default: nil
        }
    }
}
