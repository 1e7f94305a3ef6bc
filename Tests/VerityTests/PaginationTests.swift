import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The home page, tag pages and the claims index split into pages of `page_size` and `claims_page_size`.
@Suite("Pagination")
struct PaginationTests {
    /// A site of `count` fact checks tagged `nato`, one claim each, dated one day apart (`check-1` the oldest).
    static func site(articles count: Int, siteYAML: String = "page_size: 2\nclaims_page_size: 3\n") throws
        -> TestSite
    {
        let site = try TestSite()
        try site.write("content/site.yml", TestSite.siteYAML + siteYAML)
        for number in 1...count {
            try write(number, into: site)
        }
        return site
    }

    static func write(_ number: Int, into site: TestSite) throws {
        try site.write(
            "content/articles/check-\(number).md",
            """
            ---
            title: Check \(number)
            date: 2025-03-\(String(format: "%02d", number))
            summary: Summary \(number).
            tags: [nato]
            sources:
              nato:
                name: NATO
                status: confirmed
                date: 2025-03-01
            claims:
              - claim: Claim \(number).
                claimant: Someone
                verdict: "false"
                conclusion: No.
                sources: [nato]
            ---
            Body [@nato].

            """)
    }

    /// The output's HTML files below a paginated listing's folder.
    static func pages(_ site: TestSite, _ folder: String) -> [String] {
        site.files(in: "output/" + folder).filter { $0.hasPrefix("page/") }.sorted()
    }

    @Test("each listing is split into pages of page_size, later ones at page/2/, page/3/…")
    func pageFiles() throws {
        let site = try Self.site(articles: 5)
        defer { site.remove() }
        try site.build()
        #expect(Self.pages(site, "") == ["page/2/index.html", "page/3/index.html"])
        #expect(Self.pages(site, "tags/nato/") == ["page/2/index.html", "page/3/index.html"])
        #expect(Self.pages(site, "claims/") == ["page/2/index.html"])
        let home = try site.read("output/index.html")
        #expect(home.contains("class=\"verdict-chart\""))
        #expect(home.contains("check-5/") && home.contains("check-4/") && !home.contains("check-3/"))
        let last = try site.read("output/page/3/index.html")
        #expect(!last.contains("class=\"verdict-chart\""))
        #expect(last.contains("../../check-1/") && !last.contains("check-2/"))
        let claims = try site.read("output/claims/page/2/index.html")
        #expect(claims.contains("Claim 2.") && claims.contains("Claim 1.") && !claims.contains("Claim 3."))
        #expect(claims.contains("5 claims"))
    }

    @Test("each page has its title, canonical URL, prev and next links and an accessible pagination nav")
    func pageHeadAndNavigation() throws {
        let site = try Self.site(articles: 5)
        defer { site.remove() }
        try site.build()
        let first = try site.read("output/index.html")
        #expect(first.contains("<title>Test Desk</title>"))
        #expect(first.contains("  <link rel=\"next\" href=\"page/2/\">\n"))
        #expect(!first.contains("rel=\"prev\""))
        let middle = try site.read("output/page/2/index.html")
        #expect(middle.contains("<title>Latest fact checks \u{2014} page 2 | Test Desk</title>"))
        #expect(middle.contains("<link rel=\"canonical\" href=\"https://checks.example.org/page/2/\">"))
        #expect(middle.contains("  <link rel=\"prev\" href=\"../../\">\n  <link rel=\"next\" href=\"../3/\">\n"))
        #expect(middle.contains("<h1 class=\"index-title\">Latest fact checks \u{2014} page 2</h1>"))
        #expect(
            middle.contains(
                """
                <nav class="pagination" aria-label="Pages">
                  <a class="pagination__link" rel="prev" href="../../"><span aria-hidden="true">\u{2190}</span> \
                Previous page</a>
                  <p class="pagination__status">Page 2 of 3</p>
                  <a class="pagination__link pagination__link--next" rel="next" href="../3/">Next page \
                <span aria-hidden="true">\u{2192}</span></a>
                </nav>
                """))
        let tag = try site.read("output/tags/nato/page/3/index.html")
        #expect(tag.contains("<title>Tag: nato \u{2014} page 3 | Test Desk</title>"))
        #expect(tag.contains("<link rel=\"prev\" href=\"../2/\">") && !tag.contains("rel=\"next\""))
        #expect(tag.contains("<a href=\"../../../../check-1/\">"))
        let claims = try site.read("output/claims/page/2/index.html")
        #expect(claims.contains("<link rel=\"prev\" href=\"../../\">"))
        #expect(claims.contains("<title>All claims \u{2014} page 2 | Test Desk</title>"))
        #expect(claims.contains("<link rel=\"canonical\" href=\"https://checks.example.org/claims/page/2/\">"))
    }

    @Test("a listing of one page shows no pagination")
    func onePage() throws {
        let site = try Self.site(articles: 2, siteYAML: "")
        defer { site.remove() }
        try site.build()
        #expect(Self.pages(site, "").isEmpty && Self.pages(site, "claims/").isEmpty)
        #expect(try !site.read("output/index.html").contains("pagination"))
        #expect(try !site.read("output/index.html").contains("rel=\"next\""))
    }

    @Test("the sitemap lists every page of every listing")
    func sitemap() throws {
        let site = try Self.site(articles: 5)
        defer { site.remove() }
        try site.build()
        let sitemap = try site.read("output/sitemap.xml")
        for path in ["", "page/2/", "page/3/", "tags/nato/", "tags/nato/page/3/", "claims/", "claims/page/2/"] {
            #expect(sitemap.contains("<loc>https://checks.example.org/\(path)</loc><lastmod>2025-03-05</lastmod>"))
        }
        #expect(!sitemap.contains("page/4/"))
    }

    @Test("pages that appear or disappear when articles are added or removed are written or removed incrementally")
    func incremental() throws {
        let site = try Self.site(articles: 4)
        defer { site.remove() }
        try site.build()
        #expect(Self.pages(site, "") == ["page/2/index.html"])
        try Self.write(5, into: site)
        try site.build()
        #expect(Self.pages(site, "") == ["page/2/index.html", "page/3/index.html"])
        #expect(Self.pages(site, "claims/") == ["page/2/index.html"])
        #expect(try IncrementalBuildTests().snapshot(site) == IncrementalBuildTests().cleanBuild(site))
        // Removed in two steps: a build that would unpublish more than half the site stops.
        for number in [5, 4] {
            try FileManager.default.removeItem(
                at: site.root.appendingPathComponent("content/articles/check-\(number).md"))
        }
        try site.build()
        #expect(Self.pages(site, "") == ["page/2/index.html"])
        #expect(try IncrementalBuildTests().snapshot(site) == IncrementalBuildTests().cleanBuild(site))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/check-3.md"))
        try site.build()
        #expect(Self.pages(site, "").isEmpty)
        #expect(Self.pages(site, "tags/nato/").isEmpty)
        #expect(Self.pages(site, "claims/").isEmpty)
        #expect(try IncrementalBuildTests().snapshot(site) == IncrementalBuildTests().cleanBuild(site))
        // A smaller page size in site.yml makes the pages again.
        try site.write("content/site.yml", TestSite.siteYAML + "page_size: 1\n")
        try site.build()
        #expect(Self.pages(site, "") == ["page/2/index.html"])
        #expect(try IncrementalBuildTests().snapshot(site) == IncrementalBuildTests().cleanBuild(site))
    }

    @Test("page numbers split a listing's items")
    func pageNumbers() {
        #expect(PageNumber.all(items: 0, size: 20) == [PageNumber(number: 1, count: 1)])
        #expect(PageNumber.all(items: 41, size: 20).map(\.number) == [1, 2, 3])
        #expect(PageNumber(number: 3, count: 3).range(items: 41, size: 20) == 40..<41)
        #expect(SiteOutput.isLaterListingPage("page/2/index.html"))
        #expect(SiteOutput.isLaterListingPage("tags/nato/page/12/index.html"))
        #expect(!SiteOutput.isLaterListingPage("page/1/index.html"))
        #expect(!SiteOutput.isLaterListingPage("page/02/index.html"))
        #expect(!SiteOutput.isLaterListingPage("corrections/page/2/index.html"))
        #expect(!SiteOutput.isLaterListingPage("tags/page/2/index.html"))
    }
}
