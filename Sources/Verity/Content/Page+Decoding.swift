extension Page {
    static let keys = ["title", "slug", "summary", "order", "draft", "purpose"]

    /// Validates a page file's front matter into a `Page`; returns `nil` after recording errors.
    static func decode(_ file: SourceFile, log: DiagnosticCollector) -> Page? {
        guard let (fields, body) = FrontMatterDocument.read(file, allowedKeys: keys, log: log) else { return nil }
        let before = log.errorCount
        let title = fields.string("title", required: true)
        let (slug, slugLocation) = Article.decodeSlug(fields, file: file)
        let summary = fields.string("summary", required: false)
        let order = fields.int("order", default: 0)
        let draft = fields.bool("draft", default: false)
        let purposes = decodePurposes(fields)
        PageMarker.check(body, log: log)
        guard log.errorCount == before, let title, let slug else { return nil }
        return Page(
            slug: slug, slugLocation: slugLocation, title: title, summary: summary, order: order, draft: draft,
            purposes: purposes, body: body)
    }

    /// `purpose:`, one value or a list of them (a page such as "About" can cover the team, funding and contact).
    private static func decodePurposes(_ fields: YAMLFields) -> [PagePurpose] {
        guard let node = fields.node("purpose") else { return [] }
        let items = fields.tree[node].kind == .sequence ? Array(fields.tree.children(of: node)) : [node]
        let values = PagePurpose.allCases.map(\.rawValue)
        var purposes: [PagePurpose] = []
        for item in items {
            let expected = "one of \(values.joined(separator: ", ")) or a list of them"
            guard let text = fields.scalarText(item, key: "purpose", expected: expected), !text.isEmpty else {
                continue
            }
            guard let purpose = PagePurpose(rawValue: text) else {
                fields.log.error(
                    .unknownPagePurpose(text, suggestion: Suggestion.closest(to: text, in: values), expected: values),
                    at: fields.location(ofNode: item))
                continue
            }
            if !purposes.contains(purpose) { purposes.append(purpose) }
        }
        return purposes
    }
}
