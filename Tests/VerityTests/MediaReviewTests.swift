import Foundation
import Testing

@testable import Verity

/// A claim's `media:`: the MediaReview beside its ClaimReview on the page and in `claimreview-feed.json`, and the
/// media item on its claim card.
@Suite("MediaReview")
struct MediaReviewTests {
    static let base = "https://fixture.example.org/desk/"

    @Test("the fixture's media claim has a MediaReview after its ClaimReview, with every field")
    func pageMediaReview() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let page = try site.read("output/bridge-claim/index.html")
        let types = try JSONLD.blocks(page).map { $0["@type"] as? String }
        #expect(types == ["NewsArticle", "ClaimReview", "MediaReview", "ClaimReview"])
        let review = try JSONLD.blocks(page)[2]
        #expect(review["@context"] as? String == "https://schema.org")
        #expect(review["url"] as? String == Self.base + "bridge-claim/#claim-1")
        #expect(review["datePublished"] as? String == "2025-03-04T09:30:00+01:00")
        #expect(review["dateModified"] as? String == "2025-03-05")
        #expect(review["inLanguage"] as? String == "en-GB")
        #expect(review["mediaAuthenticityCategory"] as? String == "https://schema.org/TransformedContent")
        #expect(
            review["originalMediaContextDescription"] as? String
                == "Page 12 of the city’s 2024 accounts, doctored so that “€1.2 billion” reads “€2 billion”.")
        #expect(review["originalMediaLink"] as? String == "https://example.org/city/accounts-2024")
        let author = try #require(review["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization")
        #expect(author["name"] as? String == "Fixture Desk")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "MediaReviewItem")
        let appearances = try #require(item["mediaItemAppearance"] as? [[String: Any]])
        #expect(appearances.count == 1)
        #expect(appearances.first?["@type"] as? String == "ImageObject")
        #expect(appearances.first?["contentUrl"] as? String == "https://example.org/post/123")
        #expect(
            appearances.first?["archivedAt"] as? String
                == "https://web.archive.org/web/20250301000000/https://example.org/post/123")
        #expect(appearances.first?["uploadDate"] as? String == "2025-03-01")
    }

    @Test("the feed's item for the media check holds the page's ClaimReview and MediaReview, byte for byte")
    func feedCarriesMediaReview() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let page = try site.read("output/bridge-claim/index.html")
        var scripts: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "<script type=\"application/ld+json\">") {
            rest = rest[start.upperBound...]
            let end = try #require(rest.range(of: "</script>"))
            scripts.append(String(rest[..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        let feed = try site.read("output/claimreview-feed.json")
        let line = try #require(
            feed.split(separator: "\n").first { $0.contains("\"url\":\"\(Self.base)bridge-claim/\"") })
        #expect(line.contains("\"item\":[" + scripts.dropFirst().joined(separator: ",") + "]"))
    }

    @Test("the claim card shows the media's kind, rating, where it was shared, its archive and original context")
    func claimCard() throws {
        // The fixture's media was shared where the claim appeared: shared elsewhere, the card links that page too.
        let site = try TestSite.builtFixture { site in
            let path = "content/articles/bridge-claim.md"
            try site.write(
                path,
                try site.read(path).replacingOccurrences(
                    of: "      url: https://example.org/post/123\n", with: "      url: https://example.org/repost/9\n"))
        }
        defer { site.remove() }
        let page = try site.read("output/bridge-claim/index.html")
        #expect(page.contains(#"<div class="claim-card__media claim-card__media--transformed">"#))
        #expect(page.contains("<strong>Image checked: Transformed</strong>"))
        #expect(page.contains(#"<a href="https://example.org/repost/9" rel="noopener">Where it was shared</a>"#))
        #expect(
            page.contains(
                #"(<a href="https://web.archive.org/web/20250301000000/https://example.org/post/123" "#
                    + #"rel="noopener">archived copy</a>)"#))
        #expect(
            page.contains(
                #"<span class="claim-card__label">Original context:</span> Page 12 of the city’s 2024 accounts, "#
                    + #"doctored so that “€1.2 billion” reads “€2 billion”. "#
                    + #"(<a href="https://example.org/city/accounts-2024" rel="noopener">the original</a>)"#))
        // The second claim has no media.
        #expect(page.components(separatedBy: "claim-card__media--").count == 2)
    }

    @Test("media shared where the claim appeared is not linked twice on the card")
    func noDuplicateLinks() throws {
        let site = try TestSite.builtFixture()
        defer { site.remove() }
        let page = try site.read("output/bridge-claim/index.html")
        #expect(page.contains("<strong>Image checked: Transformed</strong>"))
        #expect(!page.contains("Where it was shared"))
        #expect(page.components(separatedBy: #"href="https://example.org/post/123""#).count == 2)
    }

    @Test("each authenticity is written as schema.org's enumeration member", arguments: MediaItem.Authenticity.allCases)
    func categories(_ authenticity: MediaItem.Authenticity) {
        let names = [
            "original": "OriginalMediaContent", "decontextualized": "DecontextualizedContent",
            "edited-or-cropped": "EditedOrCroppedContent", "transformed": "TransformedContent",
            "staged": "StagedContent", "satire-or-parody": "SatireOrParodyContent",
        ]
        #expect(authenticity.schemaName == names[authenticity.rawValue])
        #expect(authenticity.schemaURL == "https://schema.org/" + authenticity.schemaName)
    }
}
