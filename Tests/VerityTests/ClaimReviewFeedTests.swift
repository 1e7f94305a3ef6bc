import Foundation
import Testing

@testable import Verity

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `claimreview-feed.json` and the ClaimReview fields it shares with the pages.
@Suite("ClaimReview feed")
struct ClaimReviewFeedTests {
    /// The `ClaimReview` and `MediaReview` blocks of an HTML page's JSON-LD, parsed, in page order.
    func pageClaimReviews(_ html: String) throws -> [NSDictionary] {
        try JSONLD.blocks(html).filter { ["ClaimReview", "MediaReview"].contains($0["@type"] as? String) }.map {
            $0 as NSDictionary
        }
    }

    /// The feed at `path` of `site`'s output, parsed; checks that each item's ClaimReviews equal its page's.
    ///
    /// Returns the feed and the number of ClaimReviews compared.
    @discardableResult
    func checkFeed(_ site: TestSite, path: String, baseURL: String) throws -> (feed: [String: Any], reviews: Int) {
        let object = try JSONSerialization.jsonObject(with: Data(try site.read("output/" + path).utf8))
        let feed = try #require(object as? [String: Any])
        #expect(feed["@context"] as? String == "https://schema.org")
        #expect(feed["@type"] as? String == "DataFeed")
        let items = try #require(feed["dataFeedElement"] as? [[String: Any]])
        var compared = 0
        for item in items {
            #expect(item["@type"] as? String == "DataFeedItem")
            #expect(item["dateCreated"] is String)
            let url = try #require(item["url"] as? String)
            #expect(url.hasPrefix(baseURL))
            let page = try site.read("output/" + url.dropFirst(baseURL.count) + "index.html")
            let reviews = try #require(item["item"] as? [[String: Any]]).map { $0 as NSDictionary }
            #expect(reviews == (try pageClaimReviews(page)), "\(url)")
            compared += reviews.count
        }
        return (feed, compared)
    }

    @Test("the fixture's feed has one item per published article, newest first, with the pages' reviews")
    func fixtureFeed() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let (feed, reviews) = try checkFeed(
            site, path: "claimreview-feed.json", baseURL: "https://fixture.example.org/desk/")
        // Two ClaimReviews and the first claim's MediaReview, on bridge-claim.
        #expect(reviews == 3)
        #expect(feed["dateModified"] as? String == "2025-03-05")
        let items = try #require(feed["dataFeedElement"] as? [[String: Any]])
        #expect(
            items.map { $0["url"] as? String } == [
                "https://fixture.example.org/desk/bridge-claim/", "https://fixture.example.org/desk/older/",
            ])
        #expect(items.map { $0["dateCreated"] as? String } == ["2025-03-04T09:30:00+01:00", "2025-01-15"])
    }

    @Test("the sample site's feed parses and every ClaimReview in it equals the page's")
    func sampleFeed() throws {
        let sample = try TestSite()
        defer { sample.remove() }
        try FileManager.default.removeItem(at: sample.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("content"),
            to: sample.root.appendingPathComponent("content"))
        let summary = try sample.build()
        let config = try String(contentsOf: sample.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        let baseLine = try #require(config.split(separator: "\n").first { $0.hasPrefix("base_url:") })
        var base = baseLine.dropFirst("base_url:".count).trimmingCharacters(in: .whitespaces)
        base = base.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        if !base.hasSuffix("/") { base += "/" }
        let (_, reviews) = try checkFeed(sample, path: "claimreview-feed.json", baseURL: base)
        #expect(reviews == summary.claims)
    }

    @Test("each edition has its own feed with its own articles")
    func editionFeeds() throws {
        let site = try TestSite(fixture: "editions-site")
        defer { site.remove() }
        try site.build()
        let config = try site.read("content/site.yml")
        let baseLine = try #require(config.split(separator: "\n").first { $0.hasPrefix("base_url:") })
        var base = baseLine.dropFirst("base_url:".count).trimmingCharacters(in: .whitespaces)
        if !base.hasSuffix("/") { base += "/" }
        let feeds = site.files(in: "output").filter { $0.hasSuffix("claimreview-feed.json") }
        #expect(feeds.count > 1)
        for feed in feeds {
            let (object, _) = try checkFeed(site, path: feed, baseURL: base)
            let prefix = String(feed.dropLast("claimreview-feed.json".count))
            let items = try #require(object["dataFeedElement"] as? [[String: Any]])
            for item in items {
                #expect((item["url"] as? String)?.hasPrefix(base + prefix) == true)
            }
        }
    }

    @Test("drafts built with --drafts are left out of the feed")
    func draftsLeftOut() throws {
        let site = try TestSite(fixture: "basic-site")
        try site.write(
            "content/articles/draft-check.md", articleText("summary: One line.", "summary: One line.\ndraft: true"))
        defer { site.remove() }
        try site.build(drafts: true)
        #expect(try site.read("output/draft-check/index.html").contains("Something."))
        let feed = try site.read("output/claimreview-feed.json")
        #expect(!feed.contains("draft-check"))
    }

    @Test("a ClaimReview gives the conclusion, the claimant's title and page, and every appearance")
    func richClaimReview() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let reviews = try pageClaimReviews(site.read("output/bridge-claim/index.html"))
        let review = try #require(reviews.last as? [String: Any])
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["ratingExplanation"] as? String == "It opened two weeks late, after a planned delay.")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        let author = try #require(item["author"] as? [String: Any])
        #expect(author["jobTitle"] as? String == "Mayor of Fixture City")
        #expect(author["sameAs"] as? String == "https://example.org/mayor")
        #expect(author["name"] as? String == "The mayor")
        let appearances = try #require(item["appearance"] as? [[String: Any]])
        #expect(
            appearances.map { $0["url"] as? String } == [
                "https://example.org/mayor/speech", "https://example.org/mayor/interview",
            ])
        #expect(
            appearances.map { $0["archivedAt"] as? String } == [
                "https://web.archive.org/web/20250301000000/https://example.org/mayor/speech",
                "https://web.archive.org/web/20241231000000/https://example.org/mayor/interview",
            ])
        let first = try #require(item["firstAppearance"] as? [String: Any])
        #expect(first["url"] as? String == "https://example.org/mayor/interview")
        #expect(item["datePublished"] as? String == "2024-12-31")
    }

    @Test("each rating's image is the verdict's icon: an SVG of the scale's symbol and colour, titled with its label")
    func verdictIcons() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let reviews = try pageClaimReviews(site.read("output/bridge-claim/index.html")).filter {
            $0["@type"] as? String == "ClaimReview"
        }
        #expect(reviews.count == 2)
        for review in reviews {
            let rating = try #require(review["reviewRating"] as? [String: Any])
            let alternateName = try #require(rating["alternateName"] as? String)
            let verdict = try #require(VerdictScale.builtIn.verdicts.first { $0.label.text(in: "en") == alternateName })
            let image = try #require(rating["image"] as? String)
            #expect(image == "https://fixture.example.org/desk/assets/verdicts/\(verdict.key).svg")
            let svg = try site.read("output/assets/verdicts/\(verdict.key).svg")
            #expect(svg.contains("<title>\(alternateName)</title>"))
            #expect(svg.contains(#"fill="\#(verdict.color.text)""#))
            #expect(svg.contains(">\(verdict.icon)</text>"))
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse())
        }
        let icons = try FileManager.default.contentsOfDirectory(
            atPath: site.root.appendingPathComponent("output/assets/verdicts").path)
        #expect(icons.sorted() == VerdictScale.builtIn.verdicts.map { $0.key + ".svg" }.sorted())
    }

    @Test("the earliest dated appearance is the first, whatever the order written")
    func firstAppearance() throws {
        func url(_ text: String) throws -> WebURL { try #require(WebURL(text)) }
        func date(_ text: String) throws -> ContentDate { try #require(ContentDate(text)) }
        var claim = Claim(
            id: "c", claim: "x", claimant: "y", claimantType: .person, appeared: try url("https://a.example/"),
            appearedOn: nil, verdict: try #require(Verdict(rawValue: "false")), conclusion: "z", sourceIDs: [])
        #expect(claim.firstAppearance?.url.text == "https://a.example/")
        claim.appearances = [
            Claim.Appearance(url: try url("https://b.example/"), date: try date("2025-02-02")),
            Claim.Appearance(url: try url("https://c.example/"), date: try date("2025-01-01")),
            Claim.Appearance(url: try url("https://d.example/"), date: try date("2025-01-01")),
        ]
        #expect(claim.firstAppearance?.url.text == "https://c.example/")
        claim.appearedOn = try date("2024-12-01")
        #expect(claim.firstAppearance?.url.text == "https://a.example/")
    }
}
