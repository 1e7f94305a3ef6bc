/// What `corrections.mustache` renders: every update and correction across the site, newest first.
struct CorrectionsContext: Sendable {
    /// One entry of an article's updates log.
    struct Entry: Sendable {
        var dateISO: String
        var dateText: String
        var note: String
        var articleTitle: String
        var articleHref: String
    }

    var updates: [Entry]
    var hasUpdates: Bool
    /// The path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String
}
