import Foundation
import Testing

@testable import Verity

/// Drafts built with `--drafts` for review: marked on the page and kept out of what is sent beyond the site.
@Suite("Drafts")
struct DraftTests {
    /// The fixture site, whose `draft-check` article is a draft, built with `--drafts`.
    static func builtWithDraft() throws -> (site: TestSite, slug: String) {
        let site = try TestSite(fixture: "basic-site")
        try site.build(drafts: true)
        return (site, "draft-check")
    }

    @Test("a draft's page says so at the top, asks not to be indexed and carries no ClaimReview")
    func page() throws {
        let (site, slug) = try Self.builtWithDraft()
        defer { site.remove() }
        let page = try site.read("output/\(slug)/index.html")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<p class=\"draft-banner\" role=\"note\"><strong>Draft \u{2014} not published.</strong>"))
        #expect(!page.contains("application/ld+json"))
        // The published pages are as they were.
        #expect(!(try site.read("output/index.html")).contains("noindex"))
        #expect(try site.read("output/index.html").contains("<span class=\"draft-label\">Draft</span>"))
    }

    @Test("a draft is left out of the feed, the sitemap and claims.json")
    func leftOut() throws {
        let (site, slug) = try Self.builtWithDraft()
        defer { site.remove() }
        for file in ["feed.xml", "sitemap.xml", "claims.json"] {
            let text = try site.read("output/" + file)
            #expect(!text.contains("/\(slug)/"), "\(file) lists the draft")
            #expect(text.contains("https://"), "\(file) lists the published articles")
        }
    }
}
