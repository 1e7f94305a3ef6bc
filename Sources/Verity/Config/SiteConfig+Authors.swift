extension SiteConfig {
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
            guard let name else { continue }
            // An article names its author by slug or name: two authors of one name could not be told apart.
            if let other = authors.first(where: { $0.name == name }) {
                fields.log.error(
                    .duplicateAuthorName(name, otherSlug: other.slug), at: entry.location(of: "name"))
                continue
            }
            authors.append(AuthorDefinition(slug: slug, name: name, role: role, bio: bio, sameAs: sameAs))
        }
        return authors
    }

    /// Reports a `default_author` that looks like a misspelt slug of `authors`, as an article's `author:` is.
    static func checkDefaultAuthor(_ written: String?, authors: [AuthorDefinition], fields: YAMLFields) {
        guard let written, !authors.contains(where: { $0.slug == written || $0.name == written }),
            Identifier.isValid(written), let suggestion = Suggestion.closest(to: written, in: authors.map(\.slug))
        else { return }
        fields.log.error(.unknownAuthor(written, suggestion: suggestion), at: fields.location(of: "default_author"))
    }
}
