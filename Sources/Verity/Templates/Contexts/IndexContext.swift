import Mustache

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

extension IndexContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": self.siteTitle
        case "siteDescription": self.siteDescription
        case "hasArticles": self.hasArticles
        case "articles": self.articles
        case "chart": self.chart
        case "claimsHref": self.claimsHref
        case "root": self.root
        default: nil
        }
    }
}
