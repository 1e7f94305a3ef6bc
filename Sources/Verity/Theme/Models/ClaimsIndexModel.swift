/// What the claims-index template reads: one page of the site's claims with their verdicts, newest articles
/// first.
public struct ClaimsIndexModel: Sendable {
    /// One claim, linking to its card on the article page.
    public struct Entry: Sendable {
        public var claim: String
        public var claimant: String
        public var verdict: VerdictModel
        public var conclusion: String
        public var href: Href
        public var articleTitle: String
        public var articleHref: Href
        public var date: DateModel
    }

    public var claims: [Entry]
    /// "1 claim", "12 claims": all of the site's, not only this page's.
    public var countText: String
    /// `nil` when no claim has been checked yet, and on pages after the first.
    public var chart: VerdictChart?
    /// The link to `claims.json`.
    public var exportHref: Href
    public var pagination: PaginationModel
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
