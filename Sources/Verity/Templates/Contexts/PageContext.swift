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
