/// One claim card on an article page: the claim, who made it, our verdict and the sources behind it.
public struct ClaimCardModel: Sendable {
    /// The card's anchor id (`#<claim id>`).
    public var id: String
    public var claim: String
    public var claimant: String
    /// The claimant's page, when the claim gives a `claimant_id`.
    public var claimantHref: Href? = nil
    /// Where the claim appeared.
    public var appeared: Href?
    public var appearedOn: DateModel?
    /// An archived copy of where the claim appeared.
    public var appearedArchive: Href?
    /// A screenshot of where the claim appeared.
    public var appearanceImage: FigureModel?
    /// The image, video or audio clip the claim is about, with our authenticity rating.
    public var media: MediaModel?
    public var verdict: VerdictModel
    public var conclusion: String
    /// The badges of the sources the verdict rests on, in the order written.
    public var badges: [BadgeModel]

    /// `badges` are the badges of the article's sources, by source id; `dates` how the site writes dates, `scale`
    /// how it shows verdicts.
    init(claim: Claim, badges: [String: BadgeModel], dates: DateLanguage, scale: ScaleModels) {
        id = claim.id
        self.claim = claim.claim
        claimant = claim.claimant
        appeared = claim.appeared.map(Href.init)
        appearedOn = claim.appearedOn.map { DateModel($0, in: dates) }
        appearedArchive = claim.appearedArchive.map(Href.init)
        appearanceImage = FigureModel(claim.appearanceImage)
        media = claim.media.map { MediaModel($0, appearances: claim.allAppearances.map(\.url)) }
        verdict = scale.verdict(claim.verdict)
        conclusion = claim.conclusion
        self.badges = claim.sourceIDs.compactMap { badges[$0] }
    }
}
