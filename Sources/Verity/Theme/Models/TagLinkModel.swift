/// A tag as shown on article and listing pages, linking to the tag's page.
public struct TagLinkModel: Sendable {
    /// The tag's name (`City Council`).
    public var name: String
    /// Its page, from its slug (`tags/city-council/`).
    public var href: Href

    init(slug: String, name: String, root: String) {
        self.name = name
        href = Href(site: root + SiteLinks.tag(slug))
    }
}
