/// What the home-page template reads: one page of the fact checks, newest first, and on the first page the
/// verdict chart of them all.
public struct IndexModel: Sendable {
    public var siteTitle: String
    public var siteDescription: String
    public var articles: [ArticleSummaryModel]
    /// `nil` when no claim has been checked yet, and on pages after the first.
    public var chart: VerdictChart?
    public var claimsHref: Href
    public var pagination: PaginationModel
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
