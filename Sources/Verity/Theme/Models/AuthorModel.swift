/// What the author-page template reads: one page of an author's published fact checks, newest first, under who
/// they are.
public struct AuthorModel: Sendable {
    /// The author's name (`Jane Doe`), the page's heading.
    public var name: String
    /// Their role at the desk, from site.yml.
    public var role: String?
    /// A few sentences about them, plain text, from site.yml.
    public var bio: String?
    /// Their pages elsewhere, each shown as its address.
    public var links: [Link]
    /// "1 fact check", "4 fact checks": all of theirs, not only this page's.
    public var countText: String
    public var articles: [ArticleSummaryModel]
    public var pagination: PaginationModel
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""

    /// A page about the author elsewhere.
    public struct Link: Sendable {
        public var href: Href
        /// The address as site.yml writes it, without `https://`.
        public var text: String
    }
}
