/// What the article template reads: one fact check.
public struct ArticleModel: Sendable {
    /// One entry of the updates log.
    public struct UpdateEntry: Sendable {
        public var date: DateModel
        public var note: String
    }

    /// The fact check in another edition.
    public struct Translation: Sendable {
        public var language: String
        /// The language's name in that language ("Français").
        public var name: String
        public var href: Href
    }

    /// Its edition's language (BCP 47).
    public var language = ""
    /// The same fact check in the site's other editions, in site.yml's order; empty when it has no translation.
    public var translations: [Translation] = []
    public var title: String
    public var summary: String
    public var author: String
    /// The author's page, when site.yml defines the author.
    public var authorHref: Href? = nil
    public var date: DateModel
    /// The last modification, when it is on another day than `date`.
    public var updated: DateModel?
    public var tags: [TagLinkModel]
    public var claims: [ClaimCardModel]
    /// The body rendered from Markdown, with its source badges.
    public var body: ArticleBody
    public var sources: [SourceEntryModel]
    public var updates: [UpdateEntry]
    /// The newest entry of the updates log (the last one written on its day), for the notice at the top.
    public var latestUpdate: UpdateEntry?
    /// Built with `--drafts` from an article marked `draft: true`: not published.
    public var isDraft: Bool
    /// The lead image, shown under the headline (not lazily loaded: it is above the fold).
    public var leadImage: FigureModel?
    /// Other fact checks sharing its claimants or tags, best first; empty when none does.
    public var related: [ArticleLinkModel]

    /// The model of `article`'s page; `tagNames` are site.yml's names of tags, by slug, `dates` how the site's
    /// language writes dates, `scale` how it shows verdicts and statuses.
    init(
        article: Article, body: ArticleBody, related: [Article], root: String, tagNames: [String: String],
        dates: DateLanguage, scale: ScaleModels
    ) {
        title = article.title
        summary = article.summary
        author = article.author
        date = DateModel(article.date, in: dates)
        let modified = article.lastModified
        updated = modified.isoDate != article.date.isoDate ? DateModel(modified, in: dates) : nil
        tags = article.namedTags(tagNames).map { TagLinkModel(slug: $0.slug, name: $0.name, root: root) }
        // The body's badges, one per source, shared by the claim cards and the source list.
        claims = article.claims.map { ClaimCardModel(claim: $0, badges: body.badges, dates: dates, scale: scale) }
        self.body = body
        sources = article.sources.map {
            SourceEntryModel(
                source: $0, badge: body.badges[$0.id] ?? BadgeModel(source: $0, scale: scale, unnamedLabel: ""),
                dates: dates)
        }
        let log = article.updates
        let updates = log.map { UpdateEntry(date: DateModel($0.date, in: dates), note: $0.note) }
        self.updates = updates
        // The log may be written oldest or newest first: the newest date wins, and of one day's, the last written.
        latestUpdate = log.indices.max { (log[$0].date, $0) < (log[$1].date, $1) }.map { updates[$0] }
        isDraft = article.draft
        leadImage = FigureModel(article.image)
        self.related = related.map { ArticleLinkModel(article: $0, root: root, dates: dates, scale: scale) }
    }
}
