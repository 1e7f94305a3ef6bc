/// What `index.mustache` renders: the list of fact checks, newest first, and the verdict chart.
struct IndexContext: Sendable {
    var siteTitle: String
    var siteDescription: String
    var hasArticles: Bool
    var articles: [ArticleSummaryContext]
    var chart: VerdictChart?
    var claimsHref: String
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}
