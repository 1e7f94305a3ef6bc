/// What the standing-page template reads: a page such as "About" or "Methodology".
public struct StandingPageModel: Sendable {
    /// A stretch of the page's body: Markdown's HTML, or one of the site's scales where the editor put its
    /// marker (`{{verdicts}}`, `{{statuses}}`).
    public enum Part: Sendable {
        case html(HTML)
        /// The site's verdicts, in scale order, with what each means.
        case verdicts([VerdictModel])
        /// The site's source statuses, with what each means.
        case statuses([StatusModel])
    }

    public var title: String
    public var summary: String?
    /// The body rendered from Markdown, with the scales in place of their markers.
    public var body: [Part]
    /// Its edition's language (BCP 47), for the theme's interface texts.
    public var language = ""
}
