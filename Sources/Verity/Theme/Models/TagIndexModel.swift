/// What the tag-index template reads: every tag with its number of fact checks.
public struct TagIndexModel: Sendable {
    /// One tag in the index.
    public struct Entry: Sendable {
        public var name: String
        public var href: Href
        public var count: Int
        /// "1 fact check", "4 fact checks".
        public var countText: String
    }

    public var tags: [Entry]
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
