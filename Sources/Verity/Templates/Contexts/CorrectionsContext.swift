import Mustache

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

extension CorrectionsContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "updates": self.updates
        case "hasUpdates": self.hasUpdates
        case "root": self.root
        default: nil
        }
    }
}

extension CorrectionsContext.Entry: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        case "note": self.note
        case "articleTitle": self.articleTitle
        case "articleHref": self.articleHref
        default: nil
        }
    }
}
