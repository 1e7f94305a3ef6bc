import Mustache

/// What `claims.mustache` renders: every claim of the site with its verdict, newest articles first.
struct ClaimsIndexContext: Sendable {
    /// One claim, linking to its card on the article page.
    struct Entry: Sendable {
        var claim: String
        var claimant: String
        var verdict: String
        var verdictLabel: String
        var verdictIcon: String
        var conclusion: String
        var href: String
        var articleTitle: String
        var articleHref: String
        var dateISO: String
        var dateText: String
    }

    var claims: [Entry]
    var hasClaims: Bool
    var countText: String
    var chart: VerdictChart?
    var exportHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}

extension ClaimsIndexContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "claims": self.claims
        case "hasClaims": self.hasClaims
        case "countText": self.countText
        case "chart": self.chart
        case "exportHref": self.exportHref
        case "root": self.root
        default: nil
        }
    }
}

extension ClaimsIndexContext.Entry: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "claim": self.claim
        case "claimant": self.claimant
        case "verdict": self.verdict
        case "verdictLabel": self.verdictLabel
        case "verdictIcon": self.verdictIcon
        case "conclusion": self.conclusion
        case "href": self.href
        case "articleTitle": self.articleTitle
        case "articleHref": self.articleHref
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        default: nil
        }
    }
}
