/// What the corrections template reads: every update and correction across the site, newest first.
public struct CorrectionsModel: Sendable {
    /// One entry of an article's updates log.
    public struct Entry: Sendable {
        public var date: DateModel
        public var note: String
        public var articleTitle: String
        public var articleHref: Href
    }

    public var updates: [Entry]
    /// The corrections feed (`corrections/feed.xml`), linked from the page.
    public var feedHref: Href
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
