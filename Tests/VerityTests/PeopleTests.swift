import Foundation
import Testing
import VerityTheme

@testable import Verity

/// Authors' and claimants' pages: who links to them, what they list, the tally and the JSON-LD `Person`.
@Suite("Authors and claimants")
struct PeopleTests {
    /// A site with one author in site.yml and a desk's own three-verdict scale.
    static let siteYAML =
        TestSite.siteYAML + """
            authors:
              jane-doe:
                name: Jane Doe
                role: Fact-checker
                bio: Jane checks claims about health.
                same_as: [https://example.org/jane, https://social.example/@jane]
            verdicts:
              - "true"
              - key: half-true
                label: Half True
                icon: "◑"
                color: "#8a6100"
                color_dark: "#facc15"
                rating: 3
              - "false"

            """

    /// An article by `author` (no `author:` line when `nil`) dated `date`, with one claim per verdict of
    /// `verdicts`, each by `claimant` with `claimant_id: id` when `id` is given.
    static func article(
        _ slug: String, date: String, author: String?, claimant: String = "Jens Stoltenberg", id: String? = nil,
        verdicts: [String], draft: Bool = false
    ) -> String {
        var text = "---\ntitle: Check \(slug)\ndate: \(date)\nsummary: One line.\n"
        if let author { text += "author: \(author)\n" }
        if draft { text += "draft: true\n" }
        text += "sources:\n  desk:\n    name: Desk\n    status: confirmed\n    date: \(date)\nclaims:\n"
        for (index, verdict) in verdicts.enumerated() {
            text += "  - id: c\(index)\n    claim: Claim \(index) of \(slug).\n    claimant: \(claimant)\n"
            if let id { text += "    claimant_id: \(id)\n" }
            text += "    verdict: \(verdict)\n    conclusion: So.\n    sources: [desk]\n"
        }
        return text + "---\nText [@desk].\n"
    }

    func site(_ articles: [String: String]) throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yml", Self.siteYAML)
        try site.writeTransparencyPage()
        for (slug, text) in articles { try site.write("content/articles/\(slug).md", text) }
        return site
    }

    @Test("the tally counts every verdict of the scale in scale order, with its label, zeros included")
    func tallyInScaleOrder() throws {
        let file = SourceFile(path: "content/site.yml", text: Self.siteYAML)
        let config = try #require(SiteConfig.decode(file, log: DiagnosticCollector()))
        let scale = ScaleModels(config.scale, language: "en")
        let verdicts = ["false", "true", "false"].compactMap(Verdict.init(rawValue:))
        let tally = VerdictTally.tally(verdicts, scale: scale, text: .english)
        #expect(tally.map(\.verdict.label) == ["True", "Half True", "False"])
        #expect(tally.map(\.count) == [1, 0, 2])
        #expect(tally.map(\.countText) == ["1 claim", "0 claims", "2 claims"])
        let arabic = VerdictTally.tally(verdicts, scale: scale, text: InterfaceText.builtIn(for: "ar") ?? .english)
        #expect(Set(arabic.map(\.countText)).count == 3, "Arabic words 0, 1 and 2 each in its own plural form")
    }

    @Test("a claimant's page lists their published claims newest first, under the tally and their newest name")
    func claimantPage() throws {
        let site = try site([
            "old": Self.article(
                "old", date: "2025-01-01", author: nil, claimant: "J. Stoltenberg", id: "jens-stoltenberg",
                verdicts: ["false", "true"]),
            "new": Self.article("new", date: "2025-02-01", author: nil, id: "jens-stoltenberg", verdicts: ["false"]),
            "draft": Self.article(
                "draft", date: "2025-03-01", author: nil, id: "jens-stoltenberg", verdicts: ["true"], draft: true),
            "other": Self.article("other", date: "2025-01-15", author: nil, claimant: "Someone", verdicts: ["true"]),
        ])
        defer { site.remove() }
        try site.build(drafts: true)
        let page = try site.read("output/claimants/jens-stoltenberg/index.html")
        #expect(page.contains("<h1>Jens Stoltenberg</h1>"))
        #expect(page.contains("<p class=\"meta\">3 claims · <a href=\"../../claims/\">All claims</a></p>"))
        let tally = page.components(separatedBy: "verdict-tally__count\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(tally == ["1 claim", "0 claims", "2 claims"])
        let links = page.components(separatedBy: "claim-index__claim\"><a href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(links == ["../../new/#c0", "../../old/#c0", "../../old/#c1"])
        #expect(!page.contains("draft/"))
        // Cards link the claimant to the page; a draft's card, whose claim no page lists, does not.
        #expect(
            try site.read("output/new/index.html").contains("Claimed by <a href=\"../claimants/jens-stoltenberg/\">"))
        #expect(!(try site.read("output/draft/index.html")).contains("claimants/"))
        #expect(!(try site.read("output/other/index.html")).contains("claimants/"))
        #expect(try site.read("output/sitemap.xml").contains("/claimants/jens-stoltenberg/</loc>"))
    }

    @Test("an author is named by slug or by name; another name stays plain text; drafts are not on their page")
    func authorPage() throws {
        let site = try site([
            "by-slug": Self.article("by-slug", date: "2025-01-01", author: "jane-doe", verdicts: ["true"]),
            "by-name": Self.article("by-name", date: "2025-02-01", author: "Jane Doe", verdicts: ["false"]),
            "guest": Self.article("guest", date: "2025-01-15", author: "Guest Writer", verdicts: ["true"]),
            "staff": Self.article("staff", date: "2025-01-16", author: nil, verdicts: ["true"]),
            "draft": Self.article("draft", date: "2025-03-01", author: "jane-doe", verdicts: ["true"], draft: true),
        ])
        defer { site.remove() }
        try site.build(drafts: true)
        let page = try site.read("output/authors/jane-doe/index.html")
        #expect(page.contains("<h1>Jane Doe</h1>\n  <p class=\"person__role\">Fact-checker</p>"))
        #expect(page.contains("<p class=\"meta\">2 fact checks</p>"))
        let listed = page.components(separatedBy: "<h2><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(listed == ["../../by-name/", "../../by-slug/"])
        let bySlug = try site.read("output/by-slug/index.html")
        #expect(bySlug.contains("By <a href=\"../authors/jane-doe/\" rel=\"author\">Jane Doe</a>"))
        #expect(try site.read("output/draft/index.html").contains("By <a href=\"../authors/jane-doe/\""))
        #expect(try site.read("output/guest/index.html").contains("<p class=\"meta\">By Guest Writer · "))
        #expect(try site.read("output/staff/index.html").contains("<p class=\"meta\">By Desk staff · "))
        #expect(try site.read("output/sitemap.xml").contains("/authors/jane-doe/</loc>"))
    }

    @Test(
        "NewsArticle's author is a Person with the page's URL, role and pages elsewhere; ClaimReview's stays the desk")
    func personJSONLD() throws {
        let site = try site([
            "a": Self.article("a", date: "2025-01-01", author: "jane-doe", verdicts: ["true"]),
            "b": Self.article("b", date: "2025-01-02", author: "Guest Writer", verdicts: ["true"]),
        ])
        defer { site.remove() }
        try site.build()
        let page = try site.read("output/a/index.html")
        #expect(
            page.contains(
                #""author":{"@type":"Person","jobTitle":"Fact-checker","name":"Jane Doe","#
                    + #""sameAs":["https://example.org/jane","https://social.example/@jane"],"#
                    + #""url":"https://checks.example.org/authors/jane-doe/"}"#))
        #expect(page.contains(#""@type":"ClaimReview","author":{"@type":"Organization""#))
        #expect(try site.read("output/b/index.html").contains(#""author":{"@type":"Person","name":"Guest Writer"}"#))
    }

    @Test("each edition has its own authors' and claimants' pages, in its language")
    func editions() throws {
        let site = try site([
            "fr/verif": Self.article("verif", date: "2025-01-01", author: "jane-doe", id: "jens", verdicts: ["false"])
        ])
        defer { site.remove() }
        try site.write(
            "content/site.yml",
            Self.siteYAML.replacingOccurrences(of: "language: en\n", with: "language: en\nlanguages: [en, fr]\n"))
        try site.build()
        let author = try site.read("output/fr/authors/jane-doe/index.html")
        #expect(author.contains("<h2>Vérifications signées Jane Doe</h2>\n<p class=\"meta\">1 vérification</p>"))
        #expect(try site.read("output/fr/verif/index.html").contains("Par <a href=\"../authors/jane-doe/\""))
        let claimant = try site.read("output/fr/claimants/jens/index.html")
        #expect(claimant.contains("Jens Stoltenberg\u{00A0}: nos verdicts sur ses affirmations"))
        // The main edition has the author's page too (no check yet), and no page for a claimant it never quotes.
        #expect(try site.read("output/authors/jane-doe/index.html").contains("<p class=\"meta\">0 fact checks</p>"))
        #expect(!site.files(in: "output").contains("claimants/jens/index.html"))
        let sitemap = try site.read("output/sitemap.xml")
        #expect(sitemap.contains("/fr/authors/jane-doe/</loc>") && sitemap.contains("/fr/claimants/jens/</loc>"))
    }

    @Test("the slugs 'authors' and 'claimants' are the site's own")
    func reservedSlugs() throws {
        #expect(SiteOutput.reservedSlugs.isSuperset(of: ["authors", "claimants"]))
        #expect(SiteOutput.isLaterListingPage("authors/jane-doe/page/2/index.html"))
        #expect(SiteOutput.isLaterListingPage("claimants/jens/page/3/index.html"))
        #expect(!SiteOutput.isLaterListingPage("authors/page/2/index.html"))
    }
}
