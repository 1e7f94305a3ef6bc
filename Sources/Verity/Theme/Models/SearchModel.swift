/// What the search template reads: where the index and script are, and what the page shows without script.
public struct SearchModel: Sendable {
    /// `search.json`, relative to the page.
    public var indexHref: Href
    /// The search script in the theme's assets.
    public var scriptHref: Href
    public var claimsHref: Href
    public var tagsHref: Href
    /// The newest published fact checks (at most `SearchModel.latestCount`), newest first.
    public var latest: [ArticleLinkModel]
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""

    /// How many of the latest fact checks the page lists: a page of a site of any size stays small.
    public static let latestCount = 20
}
