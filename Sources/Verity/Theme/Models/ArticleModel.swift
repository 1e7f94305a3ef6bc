/// What the article template reads: one fact check.
public struct ArticleModel: Sendable {
    /// One entry of the updates log.
    public struct UpdateEntry: Sendable {
        public var date: ContentDate
        public var note: String
    }

    public var title: String
    public var summary: String
    public var author: String
    public var date: ContentDate
    /// The last modification, when it is on another day than `date`.
    public var updated: ContentDate?
    public var tags: [TagLinkModel]
    public var claims: [ClaimCardModel]
    /// The body rendered from Markdown, with its source badges.
    public var body: ArticleBody
    public var sources: [SourceEntryModel]
    public var updates: [UpdateEntry]
    /// Other fact checks sharing its claimants or tags, best first; empty when none does.
    public var related: [ArticleLinkModel]

    init(article: Article, body: ArticleBody, related: [Article], root: String) {
        title = article.title
        summary = article.summary
        author = article.author
        date = article.date
        let modified = article.lastModified
        updated = modified.isoDate != article.date.isoDate ? modified : nil
        tags = article.tags.map { TagLinkModel(name: $0, root: root) }
        // The body's badges, one per source, shared by the claim cards and the source list.
        claims = article.claims.map { ClaimCardModel(claim: $0, badges: body.badges) }
        self.body = body
        sources = article.sources.map {
            SourceEntryModel(source: $0, badge: body.badges[$0.id] ?? BadgeModel(source: $0))
        }
        updates = article.updates.map { UpdateEntry(date: $0.date, note: $0.note) }
        self.related = related.map { ArticleLinkModel(article: $0, root: root) }
    }
}
