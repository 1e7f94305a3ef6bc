/// A tag as shown on article and listing pages, linking to the tag's page.
struct TagContext: Sendable {
    var name: String
    var href: String

    init(name: String, root: String) {
        self.name = name
        href = root + SiteLinks.tag(name)
    }
}
