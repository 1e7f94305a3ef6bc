/// The authors and claimants of an edition's published articles, grouped once for their pages and the sitemap.
///
/// Drafts are left out, even in a build with `--drafts`: these pages stand for what the desk has published.
struct People: Sendable {
    /// Every site.yml author, in site.yml's order, with their published articles' indices (newest first).
    ///
    /// Each has a page, even before their first check, so that a byline (a draft's too) never links to a missing
    /// page.
    var authors: [(slug: String, articles: [Int])] = []
    /// Each claimant id of a published claim, sorted, with where each of its claims is, newest article first.
    var claimants: [(id: String, claims: [ClaimPlace])] = []

    init() {}

    /// The groups of `articles` (an edition's, in site order); `authors` are site.yml's.
    init(articles: [Article], authors definitions: [AuthorDefinition]) {
        var written: [String: [Int]] = [:]
        var made: [String: [ClaimPlace]] = [:]
        for (index, article) in articles.enumerated() where !article.draft {
            if let slug = article.authorSlug { written[slug, default: []].append(index) }
            for (claim, entry) in article.claims.enumerated() {
                if let id = entry.claimantID {
                    made[id, default: []].append(ClaimPlace(article: index, claim: claim))
                }
            }
        }
        authors = definitions.map { ($0.slug, written[$0.slug] ?? []) }
        claimants = made.keys.sorted().map { ($0, made[$0] ?? []) }
    }
}
