/// A standing page such as "About" or "Methodology".
public struct Page: Sendable, Hashable {
    public var slug: String
    public var slugLocation: SourceLocation
    public var title: String
    public var summary: String?
    /// Position in the site navigation (lower first, then by title).
    public var order: Int
    public var draft: Bool
    /// What the page is for among the pages fact-checking certification asks for (`purpose:`), in the order written.
    public var purposes: [PagePurpose] = []
    public var body: MarkdownBody
    /// The folder of its edition (`Edition.folder`), `""` for the main edition; `"fr"` for `content/pages/fr/`.
    public var edition = ""
}
