import Foundation

/// `claims.json`: every claim of the site with its verdict, page and sources, for partners' tools.
enum ClaimsExport {
    struct Document: Encodable {
        var site: Site
        var claims: [ClaimEntry]
    }

    struct Site: Encodable {
        var title: String
        var url: String
        var publisher: String
    }

    struct ClaimEntry: Encodable {
        var id: String
        var url: String
        var claim: String
        var claimant: String
        var claimantType: String
        var appeared: String?
        var appearedOn: String?
        var verdict: String
        var verdictLabel: String
        var ratingValue: Int?
        var conclusion: String
        var article: ArticleEntry
        var sources: [SourceEntry]
    }

    struct ArticleEntry: Encodable {
        var title: String
        var url: String
        var datePublished: String
        var dateModified: String
    }

    struct SourceEntry: Encodable {
        var id: String
        var name: String
        var status: String
        var statusText: String
        var date: String
        var said: String?
        var via: String?
        var url: String?
        var archive: String?
    }

    /// The export for `articles` (newest first; claims in article order), pretty-printed with sorted keys.
    static func json(articles: [Article], config: SiteConfig, links: SiteLinks) -> String {
        let claims = articles.flatMap { article in
            let pageURL = links.url(SiteLinks.page(article.slug))
            let articleEntry = ArticleEntry(
                title: article.title, url: pageURL, datePublished: article.date.text, dateModified: article.lastModified.text)
            return article.claims.map { claim in
                ClaimEntry(
                    id: claim.id, url: pageURL + "#" + claim.id, claim: claim.claim, claimant: claim.claimant,
                    claimantType: claim.claimantType.rawValue, appeared: claim.appeared, appearedOn: claim.appearedOn?.text,
                    verdict: claim.verdict.rawValue, verdictLabel: claim.verdict.label, ratingValue: claim.verdict.ratingValue,
                    conclusion: claim.conclusion, article: articleEntry,
                    sources: claim.sourceIDs.compactMap(article.source).map { source in
                        SourceEntry(
                            id: source.id, name: source.name, status: source.status.rawValue, statusText: source.status.badgeText,
                            date: source.date.text, said: source.said, via: source.via, url: source.url, archive: source.archive)
                    })
            }
        }
        let document = Document(
            site: Site(title: config.title, url: links.url(""), publisher: config.publisher.name), claims: claims)
        // A file of its own, not inside <script>: plain JSON, without JSONScript's extra escaping pass (which
        // copied the whole export once more at the build's memory peak).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
