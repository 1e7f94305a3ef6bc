/// What the home-page template reads: the fact checks, newest first, and the verdict chart.
public struct IndexModel: Sendable {
    public var siteTitle: String
    public var siteDescription: String
    public var articles: [ArticleSummaryModel]
    /// `nil` when no claim has been checked yet.
    public var chart: VerdictChart?
    public var claimsHref: Href
}
