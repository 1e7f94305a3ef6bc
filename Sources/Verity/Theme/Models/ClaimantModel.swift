/// What the claimant-page template reads: one page of a claimant's claims we checked, newest first, with the
/// tally of our verdicts on all of them.
public struct ClaimantModel: Sendable {
    /// The claimant's name as their newest claim writes it (`Jens Stoltenberg`), the page's heading.
    public var name: String
    /// Their role, as their newest claim with a `claimant_title` writes it.
    public var title: String?
    /// A page about them (`claimant_url` of their newest claim that has one).
    public var url: Href?
    /// That page's address as a reader reads it, without `https://`.
    public var urlText: String?
    /// "1 claim", "12 claims": all of theirs, not only this page's.
    public var countText: String
    /// Every verdict of the site's scale in scale order, with how many of their claims got it.
    public var tally: [VerdictTally]
    /// This page's share of their claims, each linking to its card.
    public var claims: [ClaimsIndexModel.Entry]
    public var claimsHref: Href
    public var pagination: PaginationModel
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
