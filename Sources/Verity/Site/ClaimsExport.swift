/// `claims.json`: every claim of the site with its verdict, page and sources, for partners' tools.
enum ClaimsExport {
    /// The export for `articles` (newest first; claims in article order), pretty-printed with sorted keys and
    /// handed to `emit` in chunks, so that the whole file is never in memory.
    static func stream(
        articles: [Article], config: SiteConfig, links: SiteLinks, scale: ScaleModels,
        to emit: @escaping (String) -> Void
    ) {
        var json = JSONWriter(flushingTo: emit)
        write(articles: articles, config: config, links: links, scale: scale, into: &json)
        _ = json.finish()
    }

    /// Writes the export field by field in sorted-key order (JSONEncoder's tree of the whole export was the
    /// build's memory peak).
    private static func write(
        articles: [Article], config: SiteConfig, links: SiteLinks, scale: ScaleModels, into json: inout JSONWriter
    ) {
        json.beginObject()
        json.beginArray("claims")
        for article in articles {
            let pageURL = links.url(SiteLinks.page(article.slug))
            let sources = article.claims.isEmpty ? [:] : article.sourcesByID
            for claim in article.claims {
                json.beginObject()
                json.field("appeared", claim.appeared?.text)
                json.field("appearedOn", claim.appearedOn?.text)
                json.beginObject("article")
                json.field("dateModified", article.lastModified.text)
                json.field("datePublished", article.date.text)
                json.field("title", article.title)
                json.field("url", pageURL)
                json.endObject()
                json.field("claim", claim.claim)
                json.field("claimant", claim.claimant)
                json.field("claimantType", claim.claimantType.rawValue)
                json.field("conclusion", claim.conclusion)
                json.field("id", claim.id)
                json.field("ratingValue", scale.verdict(claim.verdict).ratingValue)
                json.beginArray("sources")
                for source in claim.sourceIDs.compactMap({ sources[$0] }) {
                    json.beginObject()
                    json.field("archive", source.archive?.text)
                    json.field("date", source.date.text)
                    json.field("id", source.id)
                    json.field("name", source.name)
                    json.field("said", source.said)
                    json.field("status", source.status.rawValue)
                    json.field("statusText", scale.status(source.status).label)
                    json.field("url", source.url?.text)
                    json.field("via", source.via)
                    json.endObject()
                }
                json.endArray()
                json.field("url", pageURL + "#" + claim.id)
                json.field("verdict", claim.verdict.rawValue)
                json.field("verdictLabel", scale.verdict(claim.verdict).label)
                json.endObject()
            }
        }
        json.endArray()
        json.beginObject("site")
        json.field("publisher", config.publisher.name)
        json.field("title", config.title)
        json.field("url", links.url(""))
        json.endObject()
        json.endObject()
    }
}
