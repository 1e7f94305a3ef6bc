/// One checked statement with its verdict and the sources behind it.
public struct Claim: Sendable, Hashable {
    /// The anchor id on the article page (`#<id>`).
    public var id: String
    public var claim: String
    public var claimant: String
    /// Person or organisation, for ClaimReview; `organization` unless `claimant_type: person`.
    public var claimantType: ClaimantType
    public var appeared: WebURL?
    public var appearedOn: ContentDate?
    public var verdict: Verdict
    public var conclusion: String
    /// Ids of the article's sources, in the order written.
    public var sourceIDs: [String]
    /// An archived copy of `appeared` (web.archive.org, archive.today…), for when the original goes away.
    public var appearedArchive: WebURL?
    /// A screenshot of where the claim appeared.
    public var appearanceImage: ImageReference?
}
