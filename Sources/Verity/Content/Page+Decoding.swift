extension Page {
    static let keys = ["title", "slug", "summary", "order", "draft"]

    /// Validates a page file's front matter into a `Page`; returns `nil` after recording errors.
    static func decode(_ file: SourceFile, log: DiagnosticCollector) -> Page? {
        guard let (fields, body) = FrontMatterDocument.read(file, allowedKeys: keys, log: log) else { return nil }
        let before = log.errorCount
        let title = fields.string("title", required: true)
        let (slug, slugLocation) = Article.decodeSlug(fields, file: file)
        let summary = fields.string("summary", required: false)
        let order = fields.int("order", default: 0)
        let draft = fields.bool("draft", default: false)
        PageMarker.check(body, log: log)
        guard log.errorCount == before, let title, let slug else { return nil }
        return Page(
            slug: slug, slugLocation: slugLocation, title: title, summary: summary, order: order, draft: draft,
            body: body)
    }
}
