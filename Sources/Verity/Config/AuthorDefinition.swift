/// One of the site's authors (site.yml's `authors:`), who gets a page (`authors/<slug>/`) listing their fact checks.
///
/// An article names its author by slug or by this exact name; a name no entry has stays plain text, without a
/// page, as on a site that defines no authors.
public struct AuthorDefinition: Sendable, Hashable {
    /// The key of the entry: the page's address (`authors/jane-doe/`).
    public var slug: String
    /// The name shown in bylines and on the page, and `NewsArticle.author.name`.
    public var name: String
    /// Their role at the desk (`Senior fact-checker`), shown on the page and as `jobTitle`.
    public var role: String?
    /// A few sentences about them, plain text, on their page.
    public var bio: String?
    /// Their pages elsewhere (a profile, a social account), as `sameAs` and links on their page.
    public var sameAs: [WebURL] = []

    /// The keys an entry may have.
    static let keys = ["name", "role", "bio", "same_as"]
}
