/// One fact check in a list (the home page and tag pages).
public struct ArticleSummaryModel: Sendable {
    /// How many claims of an article got one verdict.
    public struct VerdictCount: Sendable {
        public var verdict: VerdictModel
        public var count: Int
    }

    public var title: String
    public var href: Href
    public var date: DateModel
    public var summary: String
    public var author: String
    public var claimCount: Int
    /// "1 claim", "3 claims".
    public var claimCountText: String
    /// The verdicts given, in the order of the verdict scale, each with its number of claims.
    public var verdictCounts: [VerdictCount]
    /// The first claim, which editors write first as the one the fact check is about, and its verdict: the
    /// check's rating in lists.
    public var headline: (claim: String, verdict: VerdictModel)?
    /// Built with `--drafts` from an article marked `draft: true`.
    public var isDraft: Bool
    public var tags: [TagLinkModel]

    /// The summary of `article` linked from a page whose root is `root`; `tagNames` are site.yml's names of tags,
    /// `dates` how its language writes dates, `scale` how it shows verdicts, `text` its interface texts.
    init(
        article: Article, root: String, tagNames: [String: String], dates: DateLanguage, scale: ScaleModels,
        text: InterfaceText
    ) {
        title = article.title
        href = Href(site: root + SiteLinks.page(article.slug))
        date = DateModel(article.date, in: dates)
        summary = article.summary
        author = article.author
        claimCount = article.claims.count
        claimCountText = text.counted(.claimCount, claimCount)
        verdictCounts = Verdict.counts(in: CollectionOfOne(article.claims), scale: scale.definition).map {
            VerdictCount(verdict: scale.verdict($0.verdict), count: $0.count)
        }
        headline = article.claims.first.map { ($0.claim, scale.verdict($0.verdict)) }
        isDraft = article.draft
        tags = article.namedTags(tagNames).map { TagLinkModel(slug: $0.slug, name: $0.name, root: root) }
    }
}
