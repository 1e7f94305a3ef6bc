extension Page {
    static let keys = ["title", "slug", "summary", "order", "draft"]

    /// Validates a page file's front matter into a `Page`; returns `nil` after recording errors.
    static func decode(_ file: SourceFile, log: DiagnosticCollector) -> Page? {
        guard let document = FrontMatterDocument.split(file, log: log) else { return nil }
        let origin = YAMLFields.Origin(path: file.path, lineOffset: FrontMatterDocument.yamlFirstLine - 1)
        let start = SourceLocation(path: file.path, line: 1, column: 1)
        let parsed = YAMLDocument.parse(document.yaml, origin: origin, log: log)
        guard parsed.ok,
              let fields = YAMLFields(parsed.root, name: "front matter", allowedKeys: keys, origin: origin, log: log, location: start)
        else { return nil }
        let before = log.errorCount
        let title = fields.string("title", required: true)
        let (slug, slugLocation) = Article.decodeSlug(fields, file: file)
        let summary = fields.string("summary", required: false)
        let order = fields.int("order", default: 0)
        let draft = fields.bool("draft", default: false)
        guard log.errorCount == before, let title, let slug else { return nil }
        let body = MarkdownBody(text: document.body, path: file.path, firstLine: document.bodyFirstLine)
        return Page(slug: slug, slugLocation: slugLocation, title: title, summary: summary, order: order, draft: draft, body: body)
    }
}
