/// What the tag-page template reads: one page of the fact checks with one tag, newest first.
public struct TagModel: Sendable {
    /// The tag's name (`City Council`).
    public var tag: String
    /// "1 fact check", "4 fact checks".
    public var countText: String
    public var articles: [ArticleSummaryModel]
    public var tagsHref: Href
    public var pagination: PaginationModel
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
