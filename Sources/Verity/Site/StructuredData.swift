/// schema.org data for search engines and fact-check aggregators, as JSON-LD written with `JSONScript`.
///
/// Keys are written in sorted order, as `JSONScript` requires.
enum StructuredData {
    /// The JSON-LD blocks of an article page: its `NewsArticle`, then each claim's reviews (`reviews(for:)`);
    /// `language` is its edition's.
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
            if let slug = article.authorSlug, let author = config.authors.first(where: { $0.slug == slug }) {
                json.field("author", object: person(author, url: links.url(SiteLinks.author(slug))))
            } else {
                json.field(
                    "author",
                    object: party(article.author == config.publisher.name ? "Organization" : "Person", article.author))
            }
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
        return [news.bytes]
            + reviews(for: article, config: config, links: links, scale: scale, language: language)
    }

    /// Each claim's `ClaimReview`, followed by its `MediaReview` when it has `media:`, as compact JSON: the same
    /// bytes on its page and in `claimreview-feed.json`.
    static func reviews(
        for article: Article, config: SiteConfig, links: SiteLinks, scale: ScaleModels, language: String
    ) -> [[UInt8]] {
        let reviewed = Reviewed(
            article: article, config: config, links: links, language: language,
            pageURL: links.url(SiteLinks.page(article.slug)), logo: config.publisher.logo.map(links.resolve),
            modified: article.lastModified.text)
        var reviews: [[UInt8]] = []
        for claim in article.claims {
            reviews.append(claimReview(claim, of: reviewed, scale: scale))
            if let media = claim.media { reviews.append(mediaReview(media, claim: claim, of: reviewed)) }
        }
        return reviews
    }

    /// What every review of one article's claims shares, worked out once per article.
    private struct Reviewed {
        var article: Article
        var config: SiteConfig
        var links: SiteLinks
        var language: String
        var pageURL: String
        var logo: String?
        var modified: String

        /// `dateModified`: left out when the article was never updated.
        var dateModified: String? { modified == article.date.text ? nil : modified }
    }

    /// The `ClaimReview` of one claim: the claim as a schema.org `Claim` and our verdict as its `Rating`.
    private static func claimReview(_ claim: Claim, of reviewed: Reviewed, scale: ScaleModels) -> [UInt8] {
        var review = JSONScript()
        review.object { json in
            json.field("@context", "https://schema.org")
            json.field("@type", "ClaimReview")
            json.field("author", object: organization(reviewed.config, logo: reviewed.logo))
            json.field("claimReviewed", claim.claim)
            json.field("dateModified", reviewed.dateModified)
            json.field("datePublished", reviewed.article.date.text)
            json.field("inLanguage", reviewed.language)
            json.field("itemReviewed", object: { claimItem(claim, into: &$0) })
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
                    item.field("image", reviewed.links.siteURL(VerdictIcon.file(verdict.key)))
                    item.field("ratingExplanation", claim.conclusion)
                    item.field("ratingValue", rating)
                    item.field("worstRating", rating == nil ? nil : scale.definition.worstRating)
                })
            json.field("url", reviewed.pageURL + "#" + claim.id)
        }
        return review.bytes
    }

    /// The `MediaReview` of a claim's media: its authenticity rating, the original context, and the media as a
    /// `MediaReviewItem` with the one appearance written.
    ///
    /// Like the ClaimReview, its `url` is the claim's anchor and its author the publisher; Google's Fact Check
    /// Tools take MediaReview as a complement to ClaimReview, so the claim keeps both.
    private static func mediaReview(_ media: MediaItem, claim: Claim, of reviewed: Reviewed) -> [UInt8] {
        var review = JSONScript()
        review.object { json in
            json.field("@context", "https://schema.org")
            json.field("@type", "MediaReview")
            json.field("author", object: organization(reviewed.config, logo: reviewed.logo))
            json.field("dateModified", reviewed.dateModified)
            json.field("datePublished", reviewed.article.date.text)
            json.field("inLanguage", reviewed.language)
            json.field(
                "itemReviewed",
                object: { item in
                    item.field("@type", "MediaReviewItem")
                    item.field(
                        "mediaItemAppearance",
                        array: { list in
                            list.object { appearance in
                                appearance.field("@type", media.kind.schemaType)
                                appearance.field("archivedAt", media.archive?.text)
                                appearance.field("contentUrl", media.url.text)
                                appearance.field("uploadDate", media.date?.text)
                            }
                        })
                })
            json.field("mediaAuthenticityCategory", media.authenticity.schemaURL)
            json.field("originalMediaContextDescription", media.originalContext)
            json.field("originalMediaLink", media.originalURL?.text)
            json.field("url", reviewed.pageURL + "#" + claim.id)
        }
        return review.bytes
    }

    /// The `Claim` reviewed: where it appeared (one object, or a list when it appeared in several places), who
    /// made it, when, and its earliest appearance.
    private static func claimItem(_ claim: Claim, into item: inout JSONScript) {
        item.field("@type", "Claim")
        let appearances = claim.allAppearances
        if appearances.count == 1 {
            item.field("appearance", object: creativeWork(appearances[0]))
        } else if appearances.count > 1 {
            item.field(
                "appearance",
                array: { list in
                    for appearance in appearances { list.object(creativeWork(appearance)) }
                })
        }
        item.field(
            "author",
            object: { author in
                author.field("@type", claim.claimantType.schemaType)
                author.field("jobTitle", claim.claimantTitle)
                author.field("name", claim.claimant)
                author.field("sameAs", claim.claimantURL?.text)
            })
        let first = claim.firstAppearance
        item.field("datePublished", (claim.appearedOn ?? first?.date)?.text)
        if let first { item.field("firstAppearance", object: creativeWork(first)) }
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

    /// A site.yml author as a `Person`: their name, role and pages elsewhere, and `url`, their page on the site.
    static func person(_ author: AuthorDefinition, url: String) -> (inout JSONScript) -> Void {
        { json in
            json.field("@type", "Person")
            json.field("jobTitle", author.role)
            json.field("name", author.name)
            if author.sameAs.count == 1 {
                json.field("sameAs", author.sameAs[0].text)
            } else if author.sameAs.count > 1 {
                json.field("sameAs", array: { list in for page in author.sameAs { list.value(page.text) } })
            }
            json.field("url", url)
        }
    }

    /// A web page where a claim appeared, with its archived copy and its day when known.
    private static func creativeWork(_ appearance: Claim.Appearance) -> (inout JSONScript) -> Void {
        { json in
            json.field("@type", "CreativeWork")
            json.field("archivedAt", appearance.archive?.text)
            json.field("datePublished", appearance.date?.text)
            json.field("url", appearance.url.text)
        }
    }
}
