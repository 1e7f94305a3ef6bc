import Mustache
import Testing
@testable import Verity

/// Template contexts answer Mustache's lookups without reflection; every stored field must be reachable.
@Suite("Template contexts")
struct ContextLookupTests {
    /// The value inside an optional, `nil` for an empty one, or the value itself.
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// Checks that `child(named:)` answers every field reflection sees, with the same presence.
    func checkFields(of value: some MustacheParent, _ type: String) {
        for field in Mirror(reflecting: value).children {
            guard let label = field.label else { continue }
            let reflected = Self.unwrap(field.value)
            let answer = value.child(named: label)
            #expect((answer == nil) == (reflected == nil), "\(type).\(label) is not answered by child(named:)")
            if let answer, let reflected {
                #expect(String(reflecting: answer) == String(reflecting: reflected), "\(type).\(label) answers another value")
            }
        }
        #expect(value.child(named: "no-such-field") == nil)
    }

    @Test("every context type answers all its fields")
    func allFields() throws {
        let log = DiagnosticCollector()
        let text = validArticle.replacingOccurrences(of: "summary: One line.", with: "summary: One line.\ntags: [x]\nupdates:\n  - date: 2025-06-27\n    note: N.")
        let article = try #require(Article.decode(SourceFile(path: "a.md", text: text), defaultAuthor: "D", log: log).article)
        let claim = try #require(article.claims.first)
        let source = try #require(article.sources.first)
        let context = ArticleContext(article: article, bodyHTML: "<p>x</p>", root: "../")
        checkFields(of: context, "ArticleContext")
        checkFields(of: try #require(context.updates.first), "ArticleContext.UpdateEntry")
        checkFields(of: ClaimCardContext(claim: claim, article: article), "ClaimCardContext")
        checkFields(of: SourceEntryContext(source: source), "SourceEntryContext")
        checkFields(of: BadgeContext(source: source), "BadgeContext")
        checkFields(of: TagContext(name: "x", root: ""), "TagContext")
        let summary = ArticleSummaryContext(article: article, root: "")
        checkFields(of: summary, "ArticleSummaryContext")
        checkFields(of: try #require(summary.verdictCounts.first), "ArticleSummaryContext.VerdictCount")
        let chart = try #require(VerdictChart(claims: article.claims))
        checkFields(of: chart, "VerdictChart")
        checkFields(of: try #require(chart.bars.first), "VerdictChart.Bar")
        checkFields(of: IndexContext(siteTitle: "t", siteDescription: "d", hasArticles: true, articles: [summary], chart: chart, claimsHref: "c", root: ""), "IndexContext")
        checkFields(of: TagIndexContext(tags: [.init(name: "x", href: "h", count: 1, countText: "1")], hasTags: true, root: ""), "TagIndexContext")
        checkFields(of: TagIndexContext.Entry(name: "x", href: "h", count: 1, countText: "1"), "TagIndexContext.Entry")
        checkFields(of: TagPageContext(tag: "x", countText: "1", articles: [summary], tagsHref: "t", root: ""), "TagPageContext")
        let entry = ClaimsIndexContext.Entry(claim: "c", claimant: "c", verdict: "v", verdictLabel: "l", verdictIcon: "i", conclusion: "c",
                                             href: "h", articleTitle: "t", articleHref: "a", dateISO: "d", dateText: "d")
        checkFields(of: entry, "ClaimsIndexContext.Entry")
        checkFields(of: ClaimsIndexContext(claims: [entry], hasClaims: true, countText: "1", chart: nil, exportHref: "e", root: ""), "ClaimsIndexContext")
        let correction = CorrectionsContext.Entry(dateISO: "d", dateText: "d", note: "n", articleTitle: "t", articleHref: "h")
        checkFields(of: correction, "CorrectionsContext.Entry")
        checkFields(of: CorrectionsContext(updates: [correction], hasUpdates: true, root: ""), "CorrectionsContext")
        checkFields(of: NotFoundContext(homeHref: "/", claimsHref: "/c", root: "/"), "NotFoundContext")
        let page = try #require(Page.decode(SourceFile(path: "p.md", text: "---\ntitle: P\nsummary: S\n---\nx\n"), log: log))
        checkFields(of: PageContext(page: page, bodyHTML: "x", root: "../"), "PageContext")
        let nav = LayoutContext.NavLink(title: "t", href: "h", isCurrent: true)
        checkFields(of: nav, "LayoutContext.NavLink")
        checkFields(of: LayoutContext(
            language: "en", siteTitle: "s", siteDescription: "d", pageTitle: "p", title: "t", description: "d", root: "",
            homeHref: "./", stylesheetHref: "s", faviconHref: "f", feedHref: "f", claimsHref: "c", tagsHref: "t",
            correctionsHref: "c", canonicalURL: "u", ogType: "website", ogImage: "i", publishedTime: "p", modifiedTime: "m",
            structuredData: ["{}"], nav: [nav], body: "b", isHome: true), "LayoutContext")
        #expect(log.diagnostics.isEmpty)
    }
}
