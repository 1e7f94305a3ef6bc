/// What the claims-index template reads: every claim of the site with its verdict, newest articles first.
public struct ClaimsIndexModel: Sendable {
    /// One claim, linking to its card on the article page.
    public struct Entry: Sendable {
        public var claim: String
        public var claimant: String
        public var verdict: Verdict
        public var conclusion: String
        public var href: Href
        public var articleTitle: String
        public var articleHref: Href
        public var date: ContentDate
    }

    public var claims: [Entry]
    /// "1 claim", "12 claims".
    public var countText: String
    public var chart: VerdictChart?
    /// The link to `claims.json`.
    public var exportHref: Href
}
