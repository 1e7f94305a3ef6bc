/// What the link check needs to know about a generated page, kept after the page itself is written.
struct PageSummary: Sendable {
    /// The page's path relative to output/.
    var path: String
    /// The `id`s on the page.
    var ids: [String]
    /// Every `href` and `src` on the page.
    var links: [String]
    /// The links written in the page's Markdown body (the others come from templates).
    var bodyLinks: Set<String>
    var origin: OutputFile.Origin?

    init(_ file: OutputFile) {
        path = file.path
        origin = file.origin.map { OutputFile.Origin(template: $0.template, body: $0.body, bodyHTML: nil) }
        guard file.path.hasSuffix(".html") else {
            ids = []
            links = []
            bodyLinks = []
            return
        }
        ids = HTMLAttributes.values(of: "id", in: file.contents)
        links = HTMLAttributes.values(of: "href", in: file.contents) + HTMLAttributes.values(of: "src", in: file.contents)
        if let bodyHTML = file.origin?.bodyHTML {
            bodyLinks = Set(HTMLAttributes.values(of: "href", in: bodyHTML) + HTMLAttributes.values(of: "src", in: bodyHTML))
        } else {
            bodyLinks = []
        }
    }
}
