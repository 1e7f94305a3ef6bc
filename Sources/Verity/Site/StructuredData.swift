/// schema.org data for search engines and fact-check aggregators, as JSON-LD written with `JSONScript`.
///
/// Keys are written in sorted order, as `JSONScript` requires.
enum StructuredData {
    /// The JSON-LD blocks of an article page: its `NewsArticle`, then one `ClaimReview` per claim; `language` is
    /// its edition's.
    static func blocks(
        for article: Article, config: SiteConfig, links: SiteLinks, scale: ScaleModels, language: String
    ) -> [[UInt8]] {
        let pageURL = links.url(SiteLinks.page(article.slug))
        let logo = config.publisher.logo.map(links.resolve)
        let modified = article.lastModified.text
        var news = JSONScript()
        news.object { json in
            json.field("@context", "https://schema.org")
            json.field("@type", "NewsArticle")
            json.field(
                "author",
                object: party(article.author == config.publisher.name ? "Organization" : "Person", article.author))
            json.field("dateModified", modified)
            json.field("datePublished", article.date.text)
            json.field("description", article.summary)
            json.field("headline", article.title)
            json.field("image", article.image?.file.map { links.url(SiteLinks.image($0, slug: article.slug)) })
            json.field("inLanguage", language)
            if !article.tags.isEmpty {
                json.field(
                    "keywords",
                    array: { list in
                        for tag in article.namedTags(config.tagNames) { list.value(tag.name) }
                    })
            }
            json.field("mainEntityOfPage", pageURL)
            json.field("publisher", object: organization(config, logo: logo))
            json.field("url", pageURL)
        }
        var blocks = [news.bytes]
        for claim in article.claims {
            var review = JSONScript()
            review.object { json in
                json.field("@context", "https://schema.org")
                json.field("@type", "ClaimReview")
                json.field("author", object: organization(config, logo: logo))
                json.field("claimReviewed", claim.claim)
                json.field("dateModified", modified == article.date.text ? nil : modified)
                json.field("datePublished", article.date.text)
                json.field("inLanguage", language)
                json.field(
                    "itemReviewed",
                    object: { item in
                        item.field("@type", "Claim")
                        if let appeared = claim.appeared {
                            item.field("appearance", object: creativeWork(appeared.text))
                        }
                        item.field("author", object: party(claim.claimantType.schemaType, claim.claimant))
                        item.field("datePublished", claim.appearedOn?.text)
                        if let appeared = claim.appeared {
                            item.field("firstAppearance", object: creativeWork(appeared.text))
                        }
                    })
                // The verdict: `alternateName` (in the site's language) always, the scale's numbers only for the
                // verdicts on it.
                let verdict = scale.verdict(claim.verdict)
                let rating = verdict.ratingValue
                json.field(
                    "reviewRating",
                    object: { item in
                        item.field("@type", "Rating")
                        item.field("alternateName", verdict.label)
                        item.field("bestRating", rating == nil ? nil : scale.definition.bestRating)
                        item.field("ratingValue", rating)
                        item.field("worstRating", rating == nil ? nil : scale.definition.worstRating)
                    })
                json.field("url", pageURL + "#" + claim.id)
            }
            blocks.append(review.bytes)
        }
        return blocks
    }

    /// The publisher: a schema.org `Organization`.
    private static func organization(_ config: SiteConfig, logo: String?) -> (inout JSONScript) -> Void {
        { json in
            json.field("@type", "Organization")
            json.field("logo", logo)
            json.field("name", config.publisher.name)
            json.field("url", config.publisher.url)
        }
    }

    /// A `Person` or an `Organization` known by name.
    private static func party(_ type: String, _ name: String) -> (inout JSONScript) -> Void {
        { json in
            json.field("@type", type)
            json.field("name", name)
        }
    }

    /// A web page where a claim appeared.
    private static func creativeWork(_ url: String) -> (inout JSONScript) -> Void {
        { json in
            json.field("@type", "CreativeWork")
            json.field("url", url)
        }
    }
}
