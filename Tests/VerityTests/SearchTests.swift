import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The search index (`search.json`) and the search page.
@Suite("Search")
struct SearchTests {
    /// The checks of the site's `search.json`, parsed.
    static func checks(_ site: TestSite) throws -> [[String: Any]] {
        let data = Data(try site.read("output/search.json").utf8)
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(index["checks"] as? [[String: Any]])
    }

    @Test("search.json lists every published check with its claims and verdicts, values escaped, drafts left out")
    func index() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        // Without smart punctuation, which would curl the quote: it must reach search.json as typed.
        try site.write("content/site.yml", try site.read("content/site.yml") + "smart_punctuation: false\n")
        try site.write(
            "content/articles/odd.md",
            "---\ntitle: \"Quote \\\" back\\\\slash tab\\t</script>\"\ndate: 2025-02-01\n"
                + "summary: \"Line\\nbreak\"\n---\nB.\n")
        try site.build(drafts: true)
        #expect(try site.read("output/draft-check/index.html").contains("A draft check"), "the draft is built")
        let checks = try Self.checks(site)
        #expect(checks.map { $0["url"] as? String } == ["bridge-claim/", "odd/", "older/"])
        #expect(checks[1]["title"] as? String == "Quote \" back\\slash tab\t</script>")
        #expect(checks[1]["summary"] as? String == "Line\nbreak")
        #expect(checks[1]["date"] as? String == "2025-02-01")
        #expect(checks[1]["dateText"] as? String == "1 February 2025")
        let claims = try #require(checks[0]["claims"] as? [[String: String]])
        #expect(claims.map { $0["verdict"] } == ["false", "mostly-true"])
        #expect(claims.map { $0["verdictLabel"] } == ["False", "Mostly true"])
        #expect(claims.map { $0["claimant"] } == ["Viral social media post", "The mayor"])
        #expect(checks[2]["claims"] as? [Any] != nil)
    }

    @Test("the search page works without script: a note, links to browse, the latest checks (never all of them)")
    func page() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.addCopies(of: "content/articles/bridge-claim.md", count: SearchModel.latestCount + 5)
        try site.build()
        let page = try site.read("output/search/index.html")
        let form: String =
            "<form class=\"search-form\" role=\"search\" data-index=\"../search.json\" "
            + "data-loading=\"Loading the search index…\" data-none=\"No fact checks match “{query}”.\" "
            + "data-more=\"The first {shown} are listed.\" "
            + "data-failed=\"The search index could not be loaded. Browse every claim or the tags instead.\" "
            + "data-found-one=\"{count} fact check matches “{query}”.\" "
            + "data-found-other=\"{count} fact checks match “{query}”.\" hidden>"
        #expect(page.contains(form))
        #expect(page.contains("<label for=\"search-query\">Search fact checks</label>"))
        #expect(page.contains("<p class=\"search-status\" id=\"search-status\" role=\"status\"></p>"))
        #expect(page.contains("Searching needs JavaScript"))
        #expect(page.contains("<a href=\"../claims/\">every claim with its verdict</a>"))
        #expect(page.contains("<script src=\"../assets/search.js\" defer></script>"))
        let latest = try #require(page.range(of: "<h2 id=\"latest-heading\">Latest fact checks</h2>"))
        let end = try #require(page.range(of: "</section>", range: latest.upperBound..<page.endIndex))
        #expect(
            page[latest.upperBound..<end.lowerBound].components(separatedBy: "<li>").count - 1
                == SearchModel.latestCount)
        #expect(try Self.checks(site).count == SearchModel.latestCount + 5 + 2, "the index has them all")
        // Every page links to it.
        #expect(try site.read("output/older/index.html").contains("<li><a href=\"../search/\">Search</a></li>"))
    }
}
