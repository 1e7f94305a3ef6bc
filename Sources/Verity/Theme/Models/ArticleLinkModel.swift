/// A fact check in a short list of links (related fact checks, the search page's latest): title, date and
/// headline verdict.
public struct ArticleLinkModel: Sendable {
    public var title: String
    public var href: Href
    public var date: DateModel
    /// Its rating: the verdict of its first claim (`nil` without claims).
    public var verdict: VerdictModel?

    init(article: Article, root: String, dates: DateLanguage, scale: ScaleModels) {
        title = article.title
        href = Href(site: root + SiteLinks.page(article.slug))
        date = DateModel(article.date, in: dates)
        verdict = article.headlineVerdict.map(scale.verdict)
    }
}
