/// One of the site's authors (site.yml's `authors:`), who gets a page (`authors/<slug>/`) listing their fact checks.
///
/// An article names its author by slug or by this exact name; a name no entry has stays plain text, without a
/// page, as on a site that defines no authors.
public struct AuthorDefinition: Sendable, Hashable {
    /// The key of the entry: the page's address (`authors/jane-doe/`).
    public var slug: String
    /// The name shown in bylines and on the page, and `NewsArticle.author.name`.
    public var name: String
    /// Their role at the desk (`Senior fact-checker`), shown on the page and as `jobTitle`.
    public var role: String?
    /// A few sentences about them, plain text, on their page.
    public var bio: String?
    /// Their pages elsewhere (a profile, a social account), as `sameAs` and links on their page.
    public var sameAs: [WebURL] = []

    /// The keys an entry may have.
    static let keys = ["name", "role", "bio", "same_as"]
}

extension SiteConfig {
    /// The author an article's `author:` (or `default_author`) names: by slug first, then by exact name.
    public func author(_ written: String) -> AuthorDefinition? {
        authors.first { $0.slug == written } ?? authors.first { $0.name == written }
    }

    /// `authors`: each author's slug, name, role, bio and pages elsewhere, in site.yml's order.
    static func decodeAuthors(_ fields: YAMLFields) -> [AuthorDefinition] {
        guard let node = fields.node("authors") else { return [] }
        guard fields.tree[node].kind == .mapping else {
            fields.log.error(
                .wrongType(key: "authors", expected: "a set of 'author-slug:' entries, each with a 'name:'"),
                at: fields.location(ofNode: node))
            return []
        }
        var authors: [AuthorDefinition] = []
        for (key, value) in fields.tree.pairs(of: node) {
            let location = fields.location(ofNode: key)
            guard let slug = fields.scalarText(key, key: "authors") else { continue }
            guard Identifier.isValid(slug) else {
                fields.log.error(.invalidIdentifier(key: "author slug", value: slug), at: location)
                continue
            }
            guard
                let entry = fields.fields(
                    of: value, name: slug, allowedKeys: AuthorDefinition.keys, location: location)
            else { continue }
            let name = entry.string("name", required: true)
            let role = entry.string("role", required: false)
            let bio = entry.string("bio", required: false)
            var sameAs: [WebURL] = []
            let items = entry.sequence("same_as", expected: "a list of http(s) URLs such as [https://…]")
            for item in items.map(Array.init) ?? [] {
                guard let text = entry.scalarText(item, key: "same_as", expected: "a list of http(s) URLs") else {
                    continue
                }
                if let url = WebURL(text) {
                    sameAs.append(url)
                } else {
                    fields.log.error(.invalidURL(key: "same_as", value: text), at: entry.location(ofNode: item))
                }
            }
            if let name {
                authors.append(AuthorDefinition(slug: slug, name: name, role: role, bio: bio, sameAs: sameAs))
            }
        }
        return authors
    }
}
