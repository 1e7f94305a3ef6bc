import Mustache

/// One claim card (`partials/claim-card.mustache`).
struct ClaimCardContext: Sendable {
    /// The card's anchor id (`#<claim id>`).
    var id: String
    var claim: String
    var claimant: String
    var appeared: String?
    var appearedOnISO: String?
    var appearedOnText: String?
    var verdict: String
    var verdictLabel: String
    var verdictIcon: String
    var conclusion: String
    var badges: [BadgeContext]
    var hasBadges: Bool

    init(claim: Claim, article: Article, badges badgeHTML: [String: String] = [:]) {
        id = claim.id
        self.claim = claim.claim
        claimant = claim.claimant
        appeared = claim.appeared
        appearedOnISO = claim.appearedOn?.text
        appearedOnText = claim.appearedOn?.displayText
        verdict = claim.verdict.rawValue
        verdictLabel = claim.verdict.label
        verdictIcon = claim.verdict.icon
        conclusion = claim.conclusion
        badges = claim.sourceIDs.compactMap { article.source($0) }.map { BadgeContext(source: $0, html: badgeHTML[$0.id] ?? "") }
        hasBadges = !badges.isEmpty
    }
}

extension ClaimCardContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "claim": self.claim
        case "claimant": self.claimant
        case "appeared": self.appeared
        case "appearedOnISO": self.appearedOnISO
        case "appearedOnText": self.appearedOnText
        case "verdict": self.verdict
        case "verdictLabel": self.verdictLabel
        case "verdictIcon": self.verdictIcon
        case "conclusion": self.conclusion
        case "badges": self.badges
        case "hasBadges": self.hasBadges
        default: nil
        }
    }
}
