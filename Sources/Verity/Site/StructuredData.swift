/// schema.org data for search engines and fact-check aggregators, encoded with `JSONScript`.
enum StructuredData {
    /// A schema.org `ClaimReview`: one per claim.
    struct ClaimReview: Encodable {
        let context = "https://schema.org"
        let type = "ClaimReview"
        var url: String
        var claimReviewed: String
        var datePublished: String
        var dateModified: String?
        var author: Organization
        var reviewRating: Rating
        var itemReviewed: ClaimItem

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case url, claimReviewed, datePublished, dateModified, author, reviewRating, itemReviewed
        }
    }

    /// The publisher: a schema.org `Organization`.
    struct Organization: Encodable {
        let type = "Organization"
        var name: String
        var url: String
        var logo: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, url, logo
        }
    }

    /// The verdict: `alternateName` always, the 1–5 scale only for the scaled verdicts.
    struct Rating: Encodable {
        let type = "Rating"
        var alternateName: String
        var ratingValue: Int?
        var bestRating: Int?
        var worstRating: Int?

        enum CodingKeys: String, CodingKey {
            case type = "@type", alternateName, ratingValue, bestRating, worstRating
        }
    }

    /// The claim that was checked, with who made it and where it appeared.
    struct ClaimItem: Encodable {
        let type = "Claim"
        var author: Party
        var appearance: CreativeWork?
        var firstAppearance: CreativeWork?
        var datePublished: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", author, appearance, firstAppearance, datePublished
        }
    }

    /// A `Person` or an `Organization` known by name.
    struct Party: Encodable {
        var type: String
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", name
        }
    }

    /// A web page where a claim appeared.
    struct CreativeWork: Encodable {
        let type = "CreativeWork"
        var url: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", url
        }
    }

    /// The article page itself: a schema.org `NewsArticle`.
    struct NewsArticle: Encodable {
        let context = "https://schema.org"
        let type = "NewsArticle"
        var headline: String
        var description: String
        var url: String
        var mainEntityOfPage: String
        var datePublished: String
        var dateModified: String
        var author: Party
        var publisher: Organization
        var keywords: [String]?
        var inLanguage: String

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type"
            case headline, description, url, mainEntityOfPage, datePublished, dateModified, author, publisher, keywords, inLanguage
        }
    }

    /// The JSON-LD blocks of an article page: its `NewsArticle`, then one `ClaimReview` per claim.
    static func blocks(for article: Article, config: SiteConfig, links: SiteLinks) -> [String] {
        let pageURL = links.url(SiteLinks.page(article.slug))
        let publisher = Organization(
            name: config.publisher.name, url: config.publisher.url, logo: config.publisher.logo.map(links.resolve))
        let modified = article.lastModified
        let news = NewsArticle(
            headline: article.title, description: article.summary, url: pageURL, mainEntityOfPage: pageURL,
            datePublished: article.date.text, dateModified: modified.text,
            author: Party(type: article.author == config.publisher.name ? "Organization" : "Person", name: article.author),
            publisher: publisher, keywords: article.tags.isEmpty ? nil : article.tags, inLanguage: config.language)
        let reviews = article.claims.map { claim in
            let verdict = claim.verdict
            let appearance = claim.appeared.map { CreativeWork(url: $0.text) }
            return ClaimReview(
                url: pageURL + "#" + claim.id, claimReviewed: claim.claim, datePublished: article.date.text,
                dateModified: modified.text == article.date.text ? nil : modified.text, author: publisher,
                reviewRating: Rating(
                    alternateName: verdict.label, ratingValue: verdict.ratingValue,
                    bestRating: verdict.ratingValue == nil ? nil : 5, worstRating: verdict.ratingValue == nil ? nil : 1),
                itemReviewed: ClaimItem(
                    author: Party(type: claim.claimantType.schemaType, name: claim.claimant),
                    appearance: appearance, firstAppearance: appearance, datePublished: claim.appearedOn?.text))
        }
        return [JSONScript.encode(news)] + reviews.map { JSONScript.encode($0) }
    }
}
