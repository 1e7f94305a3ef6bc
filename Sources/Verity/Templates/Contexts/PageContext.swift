/// What `page.mustache` renders: a standing page.
struct PageContext: Sendable {
    var title: String
    var summary: String?
    var bodyHTML: String

    init(page: Page, bodyHTML: String) {
        title = page.title
        summary = page.summary
        self.bodyHTML = bodyHTML
    }
}
