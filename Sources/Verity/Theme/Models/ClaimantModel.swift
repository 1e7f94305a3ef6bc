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

/// One line of a claimant's tally: a verdict and how many of their claims got it.
public struct VerdictTally: Sendable, Hashable {
    public var verdict: VerdictModel
    public var count: Int
    /// "3 claims", in the site's language with its plural forms.
    public var countText: String

    /// The tally of `verdicts` (the claims' verdict keys, in any order) over `scale`'s verdicts in scale order,
    /// every verdict included (a zero says something too); `text` words the counts.
    static func tally(_ verdicts: [Verdict], scale: ScaleModels, text: InterfaceText) -> [VerdictTally] {
        var counts: [String: Int] = [:]
        for verdict in verdicts { counts[verdict.rawValue, default: 0] += 1 }
        return scale.verdicts.map { verdict in
            let count = counts[verdict.key] ?? 0
            return VerdictTally(verdict: verdict, count: count, countText: text.counted(.claimCount, count))
        }
    }
}
