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
