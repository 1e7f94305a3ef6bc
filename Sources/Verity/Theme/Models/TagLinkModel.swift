/// A tag as shown on article and listing pages, linking to the tag's page.
public struct TagLinkModel: Sendable {
    public var name: String
    public var href: Href

    init(name: String, root: String) {
        self.name = name
        href = Href(site: root + SiteLinks.tag(name))
    }
}
