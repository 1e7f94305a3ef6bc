/// What the standing-page template reads: a page such as "About" or "Methodology".
public struct StandingPageModel: Sendable {
    public var title: String
    public var summary: String?
    /// The body rendered from Markdown.
    public var body: HTML
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
