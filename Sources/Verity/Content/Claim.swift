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
    /// The claimant's role (`claimant_title:`), for ClaimReview's `itemReviewed.author.jobTitle`.
    public var claimantTitle: String? = nil
    /// A page about the claimant (`claimant_url:`), for ClaimReview's `itemReviewed.author.sameAs`.
    public var claimantURL: WebURL? = nil
    /// Other places the claim appeared (`appearances:`), besides `appeared`, in the order written.
    public var appearances: [Appearance] = []
    /// The claimant's id (`claimant_id:`): their claims are listed together on `claimants/<id>/`.
    public var claimantID: String? = nil
    /// The image, video or audio clip the claim is about (`media:`), for a `MediaReview` besides the ClaimReview.
    public var media: MediaItem? = nil

    /// One place a claim appeared: its page, an archived copy and the day.
    public struct Appearance: Sendable, Hashable {
        public var url: WebURL
        public var archive: WebURL?
        public var date: ContentDate?
    }

    /// Every place the claim appeared: `appeared` (with `appeared_archive` and `appeared_on`) first, then
    /// `appearances`.
    var allAppearances: [Appearance] {
        let first = appeared.map { Appearance(url: $0, archive: appearedArchive, date: appearedOn) }
        return (first.map { [$0] } ?? []) + appearances
    }

    /// The earliest of `allAppearances` by date (an undated one only when none has a date; the first written
    /// among equals).
    var firstAppearance: Appearance? {
        let all = allAppearances
        var earliest: Appearance?
        for appearance in all {
            guard let date = appearance.date else { continue }
            if let current = earliest?.date, current <= date { continue }
            earliest = appearance
        }
        return earliest ?? all.first
    }
}
