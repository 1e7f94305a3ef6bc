import Mustache

/// One fact check in a list (`partials/article-list.mustache`, used by the index and tag pages).
struct ArticleSummaryContext: Sendable {
    /// How many claims of an article got one verdict.
    struct VerdictCount: Sendable {
        var verdict: String
        var label: String
        var count: Int
    }

    var title: String
    var href: String
    var dateISO: String
    var dateText: String
    var summary: String
    var author: String
    var claimCount: Int
    var claimCountText: String
    var verdictCounts: [VerdictCount]
    var hasVerdictCounts: Bool
    /// e.g. "2 False · 1 Unproven".
    var verdictSummary: String
    var tags: [TagContext]
    var hasTags: Bool
    /// This summary already rendered through `partials/article-summary.mustache` (once per article and depth).
    var html: String

    init(article: Article, root: String, html: String = "") {
        self.html = html
        title = article.title
        href = root + SiteLinks.page(article.slug)
        dateISO = article.date.text
        dateText = article.date.displayText
        summary = article.summary
        author = article.author
        claimCount = article.claims.count
        claimCountText = claimCount == 1 ? "1 claim" : "\(claimCount) claims"
        verdictCounts = Verdict.allCases.compactMap { verdict in
            let count = article.claims.filter { $0.verdict == verdict }.count
            return count == 0 ? nil : VerdictCount(verdict: verdict.rawValue, label: verdict.label, count: count)
        }
        hasVerdictCounts = !verdictCounts.isEmpty
        verdictSummary = verdictCounts.map { "\($0.count) \($0.label)" }.joined(separator: " \u{00B7} ")
        tags = article.tags.map { TagContext(name: $0, root: root) }
        hasTags = !tags.isEmpty
    }
}

extension ArticleSummaryContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        case "summary": self.summary
        case "author": self.author
        case "claimCount": self.claimCount
        case "claimCountText": self.claimCountText
        case "verdictCounts": self.verdictCounts
        case "hasVerdictCounts": self.hasVerdictCounts
        case "verdictSummary": self.verdictSummary
        case "tags": self.tags
        case "hasTags": self.hasTags
        case "html": self.html
        default: nil
        }
    }
}

extension ArticleSummaryContext.VerdictCount: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "verdict": self.verdict
        case "label": self.label
        case "count": self.count
        default: nil
        }
    }
}
