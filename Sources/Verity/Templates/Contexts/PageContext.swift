import Mustache

/// What `page.mustache` renders: a standing page.
struct PageContext: Sendable {
    var title: String
    var summary: String?
    var bodyHTML: String
    /// The relative path to the site root, for links written in the template: `{{root}}claims/`.
    var root: String

    init(page: Page, bodyHTML: String, root: String) {
        self.root = root
        title = page.title
        summary = page.summary
        self.bodyHTML = bodyHTML
    }
}

extension PageContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "summary": self.summary
        case "bodyHTML": self.bodyHTML
        case "root": self.root
        default: nil
        }
    }
}
