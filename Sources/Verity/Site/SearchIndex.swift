/// `search.json`: every published fact check with what the search page matches and shows, for its script.
///
/// Drafts are left out even when they are built (`--drafts`): the index is for readers. Each check's `url` is
/// its page path relative to the site root, where the index is, so the index works from any `base_url`.
enum SearchIndex {
    /// The index of `articles` (in site order, newest first), with `dateText` as `dates` writes dates.
    ///
    /// Keys are sorted and the index is on one line: it is downloaded by every reader who searches (at 10,000
    /// fact checks, indentation was a fifth of its size). `date` stays ISO.
    static func json(articles: [Article], dates: DateLanguage, scale: ScaleModels) -> String {
        var json = JSONWriter(compact: true)
        json.beginObject()
        json.beginArray("checks")
        for article in articles where !article.draft {
            json.beginObject()
            json.beginArray("claims")
            for claim in article.claims {
                json.beginObject()
                json.field("claim", claim.claim)
                json.field("claimant", claim.claimant)
                json.field("verdict", claim.verdict.rawValue)
                let verdict = scale.verdict(claim.verdict)
                json.field("verdictLabel", verdict.label)
                // Only a desk's own colours: the style sheet has the built-in ones.
                json.field("verdictStyle", verdict.style.isEmpty ? nil : verdict.style)
                json.endObject()
            }
            json.endArray()
            json.field("date", article.date.isoDate)
            json.field("dateText", dates.text(for: article.date))
            json.field("summary", article.summary)
            json.field("title", article.title)
            json.field("url", SiteLinks.page(article.slug))
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.finish()
    }
}
