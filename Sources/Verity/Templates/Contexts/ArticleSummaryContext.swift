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

    init(article: Article, root: String) {
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
