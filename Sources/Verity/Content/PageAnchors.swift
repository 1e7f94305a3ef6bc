/// The `id`s an article page uses for itself, which claim ids and heading ids must not take.
enum PageAnchors {
    /// Ids the default layout and article template use.
    static let reserved: Set<String> = [
        "main", "content", "top", "claims", "sources", "updates", "footnotes",
        "claims-heading", "sources-heading", "updates-heading", "related-heading", "summary", "summary-heading",
    ]

    /// Prefixes of generated ids: source-list entries (`source-<id>`) and cmark-gfm's footnotes (`fn-1`, `fnref-1`).
    static let reservedPrefixes = ["source-", "fn-", "fnref-"]

    /// Whether `id` may be used for a claim card.
    static func isAvailable(_ id: String) -> Bool {
        !reserved.contains(id) && !reservedPrefixes.contains { id.hasPrefix($0) }
    }

    /// Ids an article page already uses, which its heading ids must not take: the theme's, its claim cards'
    /// and its source-list entries'.
    static func reserved(for article: Article) -> Set<String> {
        reserved.union(article.claims.map(\.id)).union(article.sources.map { source($0.id) })
    }

    /// The anchor of source `id` in the source list.
    static func source(_ id: String) -> String {
        "source-" + id
    }
}
