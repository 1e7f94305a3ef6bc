import Foundation
import Testing
import VerityTheme

@testable import Verity

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The publishing files: structured data, feed, sitemap, claims export, listings, dates.
@Suite("Site files")
struct SiteFilesTests {
    @Test("an article page carries a NewsArticle and one ClaimReview per claim with the required fields")
    func claimReviews() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let blocks = try JSONLD.blocks(site.read("output/bridge-claim/index.html"))
        // The first claim's media adds a MediaReview after its ClaimReview (see MediaReviewTests).
        #expect(
            blocks.map { $0["@type"] as? String } == ["NewsArticle", "ClaimReview", "MediaReview", "ClaimReview"])
        let news = blocks[0]
        #expect(news["dateModified"] as? String == "2025-03-05")
        #expect(news["datePublished"] as? String == "2025-03-04T09:30:00+01:00")
        #expect(news["url"] as? String == "https://fixture.example.org/desk/bridge-claim/")

        let first = blocks[1]
        #expect(first["@context"] as? String == "https://schema.org")
        #expect(first["url"] as? String == "https://fixture.example.org/desk/bridge-claim/#claim-1")
        #expect(first["claimReviewed"] as? String == "The bridge cost €2 billion.")
        #expect(first["datePublished"] as? String == "2025-03-04T09:30:00+01:00")
        let author = try #require(first["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        #expect(author["name"] as? String == "Fixture Desk")
        #expect(author["url"] as? String == "https://fixture.example.org/")
        #expect(author["logo"] as? String == "https://fixture.example.org/desk/files/logo.svg")
        let rating = try #require(first["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "False")
        #expect(
            rating["ratingValue"] as? Int == 1 && rating["bestRating"] as? Int == 5
                && rating["worstRating"] as? Int == 1)
        let item = try #require(first["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect((item["author"] as? [String: Any])?["@type"] as? String == "Organization")
        #expect((item["author"] as? [String: Any])?["name"] as? String == "Viral social media post")
        #expect((item["appearance"] as? [String: Any])?["url"] as? String == "https://example.org/post/123")
        #expect((item["firstAppearance"] as? [String: Any])?["url"] as? String == "https://example.org/post/123")
        #expect(item["datePublished"] as? String == "2025-03-01")

        let second = blocks[3]
        let secondRating = try #require(second["reviewRating"] as? [String: Any])
        #expect(secondRating["alternateName"] as? String == "Mostly true" && secondRating["ratingValue"] as? Int == 4)
        #expect(
            ((second["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])?["@type"] as? String == "Person")
    }

    @Test("unscaled verdicts have only a label; content cannot break out of the script element")
    func unscaledAndEscaped() throws {
        let site = try TestSite()
        defer { site.remove() }
        // Without smart punctuation, which would make `--` a dash: the probe must reach the output as typed.
        try site.write("content/site.yml", TestSite.siteYAML + "smart_punctuation: false\n")
        try site.write(
            "content/articles/a.md",
            validArticle
                .replacingOccurrences(of: "verdict: false", with: "verdict: unproven")
                .replacingOccurrences(
                    of: "claim: Something.", with: "claim: \"</script><script>alert(1)</script> \\u2028 & <!--\""))
        try site.build()
        let html = try site.read("output/a/index.html")
        #expect(!html.contains("</script><script>alert(1)"))
        let scripts = html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst()
            .map { $0.components(separatedBy: "</script>")[0] }
        #expect(scripts.count == 2)
        #expect(!scripts.contains { $0.contains("\u{2028}") || $0.contains("<") })
        let review = try #require(try JSONLD.blocks(html).last)
        #expect(review["claimReviewed"] as? String == "</script><script>alert(1)</script> \u{2028} & <!--")
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "Unproven")
        #expect(rating["ratingValue"] == nil && rating["bestRating"] == nil && rating["worstRating"] == nil)
    }

    /// Parses XML with Foundation's parser, returning the text of every element named `name`.
    func elements(_ name: String, in xml: String) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            let name: String
            var values: [String] = []
            var current: String?
            var attributes: [[String: String]] = []
            init(name: String) { self.name = name }
            func parser(
                _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if element == name {
                    current = ""
                    self.attributes.append(attributes)
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(
                _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
            ) {
                if element == name, let value = current {
                    values.append(value)
                    current = nil
                }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector(name: name)
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        return collector.values
    }

    @Test("the Atom feed is well-formed, newest first, with dates from the updates log and absolute URLs")
    func feed() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let xml = try site.read("output/feed.xml")
        #expect(
            try elements("id", in: xml) == [
                "https://fixture.example.org/desk/", "https://fixture.example.org/desk/bridge-claim/",
                "https://fixture.example.org/desk/older/",
            ])
        #expect(
            try elements("updated", in: xml) == [
                "2025-03-05T00:00:00Z", "2025-03-05T00:00:00Z", "2025-01-15T00:00:00Z",
            ])
        #expect(try elements("published", in: xml) == ["2025-03-04T09:30:00+01:00", "2025-01-15T00:00:00Z"])
        #expect(
            try elements("summary", in: xml).first
                == "The mayor’s office says the figure was €1.2 billion; the viral post doubled it.")
        #expect(xml.contains("<category term=\"transport\"/>"))
        #expect(xml.contains("<category term=\"city-hall\" label=\"City Hall\"/>"))
        #expect(
            xml.contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://fixture.example.org/desk/feed.xml\"/>")
        )
    }

    @Test("the corrections feed is well-formed, newest first, each entry linking to its article's updates log")
    func correctionsFeed() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        func withUpdates(_ title: String, _ updates: [(String, String)], draft: Bool = false) -> String {
            let log = updates.map { "  - date: \($0.0)\n    note: \($0.1)\n" }.joined()
            return articleText("---\nBody", "updates:\n" + log + (draft ? "draft: true\n" : "") + "---\nBody")
                .replacingOccurrences(of: "title: A check", with: "title: \(title)")
        }
        try site.write(a, withUpdates("A check", [("2025-06-27", "First fix."), ("2025-06-29", "Second fix.")]))
        try site.write("content/articles/b.md", withUpdates("B & co", [("2025-06-28", "B fix.")]))
        try site.write("content/articles/c.md", withUpdates("Draft", [("2025-06-30", "Draft fix.")], draft: true))
        try site.build(drafts: true)
        let xml = try site.read("output/corrections/feed.xml")
        let base = "https://checks.example.org/"
        #expect(
            try elements("id", in: xml) == [
                base + "corrections/feed.xml", base + "a/#update-2", base + "b/#update-1", base + "a/#update-1",
            ])
        #expect(
            try elements("title", in: xml) == ["Corrections and updates | Test Desk", "A check", "B & co", "A check"])
        #expect(try elements("summary", in: xml) == ["Second fix.", "B fix.", "First fix."])
        #expect(
            try elements("updated", in: xml) == [
                "2025-06-29T00:00:00Z", "2025-06-29T00:00:00Z", "2025-06-28T00:00:00Z", "2025-06-27T00:00:00Z",
            ])
        for slug in ["a", "b"] {
            #expect(xml.contains("<link rel=\"alternate\" type=\"text/html\" href=\"\(base)\(slug)/#updates\"/>"))
        }
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(base)corrections/feed.xml\"/>"))
        // The page (drafts built for review) lists the draft's update too; the feed, sent beyond the site, does not.
        let page = try site.read("output/corrections/index.html")
        #expect(page.contains("Draft fix."))
        #expect(
            page.contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Corrections feed (Atom)\" "
                    + "href=\"../corrections/feed.xml\">"))
        #expect(
            page.contains(
                "<a href=\"../corrections/feed.xml\" type=\"application/atom+xml\">Corrections feed (Atom)</a>"))
    }

    @Test("the sitemap is well-formed and lists every page once; robots.txt names it")
    func sitemap() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let xml = try site.read("output/sitemap.xml")
        let base = "https://fixture.example.org/desk/"
        let locations = try elements("loc", in: xml)
        #expect(
            locations
                == [
                    "", "page/2/", "bridge-claim/", "older/", "about/", "methodology/", "tags/", "tags/city-hall/",
                    "tags/city-hall/page/2/", "tags/transport/", "claims/", "claims/page/2/", "authors/ana-editor/",
                    "claimants/the-mayor/", "search/", "corrections/",
                ].map { base + $0 })
        #expect(try elements("lastmod", in: xml).first == "2025-03-05")
        let pages = site.files(in: "output").filter { $0.hasSuffix("index.html") }.map {
            base + $0.dropLast("index.html".count)
        }
        #expect(Set(locations) == Set(pages))
        #expect(try site.read("output/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n")
    }

    @Test("claims.json lists every claim with its verdict, anchor and sources")
    func claimsExport() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let object = try JSONSerialization.jsonObject(with: Data(try site.read("output/claims.json").utf8))
        let claims = try #require((object as? [String: Any])?["claims"] as? [[String: Any]])
        #expect(
            claims.map { $0["url"] as? String } == [
                "https://fixture.example.org/desk/bridge-claim/#claim-1",
                "https://fixture.example.org/desk/bridge-claim/#on-time",
            ])
        #expect(claims.map { $0["verdict"] as? String } == ["false", "mostly-true"])
        let sources = try #require(claims.first?["sources"] as? [[String: Any]])
        #expect(sources.map { $0["status"] as? String } == ["confirmed", "pending"])
        #expect(
            sources.first?["archive"] as? String
                == "https://web.archive.org/web/20250304000000/https://example.org/city-radio/bridge")
    }

    @Test("every page has its title, description, canonical URL, social cards, language and feed link")
    func pageMetadata() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        for path in site.files(in: "output").filter({ $0.hasSuffix(".html") }) {
            let html = try site.read("output/" + path)
            for part in [
                "<html lang=\"en-GB\"", "<title>", "<meta name=\"description\"",
                "<link rel=\"canonical\" href=\"https://fixture.example.org/desk/",
                "<meta property=\"og:title\"", "<meta property=\"og:url\"",
                "<meta name=\"twitter:card\" content=\"summary",
                "<link rel=\"alternate\" type=\"application/atom+xml\"",
            ] {
                #expect(html.contains(part), "\(path) lacks \(part)")
            }
        }
        let article = try site.read("output/bridge-claim/index.html")
        #expect(article.contains("<link rel=\"canonical\" href=\"https://fixture.example.org/desk/bridge-claim/\">"))
        #expect(article.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(article.contains("<meta property=\"article:modified_time\" content=\"2025-03-05T00:00:00Z\">"))
        #expect(article.contains("Updated <time datetime=\"2025-03-05\">5 March 2025</time>"))
        // An article without a lead image offers its generated share card, with a large card.
        #expect(article.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(
            article.contains(
                "<meta property=\"og:image\" content=\"https://fixture.example.org/desk/bridge-claim/share.png\">"))
        // An article with a lead image offers it, with its size and text, and a large card.
        let pictured = try site.read("output/older/index.html")
        for part in [
            "<meta property=\"og:image\" content=\"https://fixture.example.org/desk/older/fares-chart.svg\">",
            "<meta property=\"og:image:width\" content=\"320\">", "<meta property=\"og:image:height\" content=\"160\">",
            "<meta property=\"og:image:alt\" content=\"Line chart of ferry fares",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            #expect(pictured.contains(part), "older/index.html lacks \(part)")
        }
        #expect(!pictured.contains("content=\"https://fixture.example.org/desk/files/logo.svg\">"), "no logo as well")
        let notFound = try site.read("output/404.html")
        #expect(
            notFound.contains("href=\"/desk/assets/style.css\"")
                && notFound.contains("<a href=\"/desk/\">Go to the latest fact checks</a>"))
    }

    @Test("listings: tag pages, the claims index, corrections newest first, and the verdict chart")
    func listings() throws {
        let site = try TestSite.builtFixture { site in
            try site.write(
                "content/articles/older.md",
                """
                ---
                title: An older check with no claims
                date: 2025-01-15
                summary: Just a report.
                tags: [city-hall]
                updates:
                  - date: 2025-04-01
                    note: A later correction.
                ---
                Text.
                """)
        }
        defer { site.remove() }
        #expect(
            site.files(in: "output").filter { $0.hasPrefix("tags/") } == [
                "tags/city-hall/index.html", "tags/city-hall/page/2/index.html", "tags/index.html",
                "tags/transport/index.html",
            ])
        // The fixture's page_size is 1.
        let tag = try site.read("output/tags/city-hall/index.html")
        #expect(tag.contains("href=\"../../bridge-claim/\""))
        #expect(try site.read("output/tags/city-hall/page/2/index.html").contains("href=\"../../../../older/\""))
        let corrections = try site.read("output/corrections/index.html")
        let later = try #require(corrections.range(of: "A later correction."))
        let earlier = try #require(corrections.range(of: "Added the builder"))
        #expect(later.lowerBound < earlier.lowerBound)
        // The fixture's claims_page_size is 1.
        #expect(try site.read("output/claims/index.html").contains("href=\"../bridge-claim/#claim-1\""))
        #expect(try site.read("output/claims/page/2/index.html").contains("href=\"../../../bridge-claim/#on-time\""))
        let index = try site.read("output/index.html")
        #expect(index.contains("<title id=\"verdict-chart-title\">2 claims: 1 Mostly true, 1 False</title>"))
        #expect(index.contains("role=\"img\""))
    }

    @Test("articles dated after the build date are left out unless asked for, whatever the clock says")
    func futureArticles() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        var options = site.options
        options.buildDate = 4_102_444_800  // 2100-01-01: the 2099 article is past
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(site.files(in: "output").contains("future-check/index.html"))
        options.buildDate = 1_767_225_600  // 2026-01-01
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(!site.files(in: "output").contains("future-check/index.html"))
        let withoutFuture = try site.files(in: "output").map { try site.read("output/" + $0) }
        options.buildDate = 1_767_225_601
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(
            try site.files(in: "output").map { try site.read("output/" + $0) } == withoutFuture,
            "output depends on the build date")
        options.includeFuture = true
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(site.files(in: "output").contains("future-check/index.html"))
        let first = try site.files(in: "output").map { try site.read("output/" + $0) }
        options.buildDate = 1
        try SiteBuilder(options: options, theme: DefaultTheme()).build()
        #expect(
            try site.files(in: "output").map { try site.read("output/" + $0) } == first,
            "output depends on the build date")
    }

    @Test("a base URL at the root of a domain gives root URLs")
    func rootBaseURL() throws {
        let site = try TestSite(fixture: "basic-site")
        defer { site.remove() }
        try site.write(
            "content/site.yml",
            TestSite.siteYAML.replacingOccurrences(
                of: "https://checks.example.org/\nlanguage", with: "https://checks.example.org\nlanguage"))
        try site.build()
        #expect(
            try site.read("output/bridge-claim/index.html").contains(
                "<link rel=\"canonical\" href=\"https://checks.example.org/bridge-claim/\">"))
        #expect(try site.read("output/404.html").contains("href=\"/assets/style.css\""))
        #expect(try site.read("output/robots.txt").contains("Sitemap: https://checks.example.org/sitemap.xml"))
    }
}
