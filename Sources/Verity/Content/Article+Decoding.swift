extension Article {
    static let keys = [
        "title", "date", "updated", "slug", "author", "summary", "tags", "draft", "sources", "claims", "updates",
        "image",
    ]
    /// The keys of the lead image (`image:`); a claim's `appearance_image:` has no `decorative`.
    static let imageKeys = ["src", "alt", "caption", "credit", "decorative"]
    static let appearanceImageKeys = ["src", "alt", "caption", "credit"]
    static let updateKeys = ["date", "note"]

    /// The result of decoding one article file.
    struct Decoded: Sendable {
        /// The article, or `nil` when its front matter has errors.
        var article: Article?
        /// The body and the source ids declared, so that a failed article's badges are still checked.
        var body: MarkdownBody?
        var declaredSourceIDs: [String]
    }

    /// Validates an article file's front matter into an `Article`, recording every error in `log`.
    ///
    /// Also records the warnings that depend on the file alone (they are kept in the build cache with it): a
    /// source with a URL but no archive, a source much older than the article, a long claim, and claims with
    /// no source badge in the text. `staleSourceDays` is site.yml's `stale_source_days`.
    static func decode(
        _ file: SourceFile, defaultAuthor: String?, staleSourceDays: Int = SiteConfig.defaultStaleSourceDays,
        scale: VerdictScale? = .builtIn, authors: [AuthorDefinition] = [], log: DiagnosticCollector
    ) -> Decoded {
        guard let (fields, body) = FrontMatterDocument.read(file, allowedKeys: keys, log: log) else {
            return Decoded(article: nil, body: nil, declaredSourceIDs: [])
        }
        let before = log.errorCount

        let title = fields.string("title", required: true)
        let date = fields.date("date", required: true)
        let updated = fields.date("updated", required: false)
        if let date, let updated, updated < date {
            log.error(.updatedBeforeDate(key: "updated"), at: fields.location(of: "updated"))
        }
        let (slug, slugLocation) = decodeSlug(fields, file: file)
        let author = fields.string("author", required: false) ?? defaultAuthor
        if author == nil { log.error(.missingAuthor, at: fields.keyLocation(of: "author")) }
        let authorDefinition = author.flatMap { resolveAuthor($0, authors: authors, fields: fields) }
        let summary = fields.string("summary", required: true)
        let tagSpellings = decodeTags(fields)
        let draft = fields.bool("draft", default: false)
        if !draft { SkeletonPlaceholders.check(fields, body: body) }
        let (sources, declaredSourceIDs) = decodeSources(
            fields, articleDate: date, staleSourceDays: staleSourceDays, scale: scale)
        let claims = decodeClaims(fields, declaredSourceIDs: declaredSourceIDs, scale: scale)
        let updates = decodeUpdates(fields, articleDate: date)
        let image = decodeImage(fields, key: "image", allowedKeys: imageKeys)
        if !claims.isEmpty,
            !body.text.containsBytes("[@") || BadgeReference.find(in: body.text).allSatisfy(\.ids.isEmpty)
        {
            log.warning(.claimsWithoutBadges, at: fields.keyLocation(of: "claims"))
        }

        guard log.errorCount == before, let title, let date, let slug, let author, let summary else {
            return Decoded(article: nil, body: body, declaredSourceIDs: declaredSourceIDs)
        }
        let article = Article(
            slug: slug, slugLocation: slugLocation, title: title, date: date, updated: updated,
            author: authorDefinition?.name ?? author, authorSlug: authorDefinition?.slug, summary: summary,
            tags: tagSpellings.map(\.slug), tagSpellings: tagSpellings, draft: draft,
            sources: sources, claims: claims, updates: updates, body: body, image: image)
        return Decoded(article: article, body: body, declaredSourceIDs: declaredSourceIDs)
    }

    /// The site.yml author `written` names, by slug or exact name; an error when it looks like a misspelt slug.
    ///
    /// Any other name stays a plain-text author without a page, as on a site that defines no authors, so a guest
    /// author needs no entry.
    private static func resolveAuthor(
        _ written: String, authors: [AuthorDefinition], fields: YAMLFields
    ) -> AuthorDefinition? {
        guard !authors.isEmpty else { return nil }
        if let found = authors.first(where: { $0.slug == written }) ?? authors.first(where: { $0.name == written }) {
            return found
        }
        if fields.isWritten("author"), Identifier.isValid(written),
            let suggestion = Suggestion.closest(to: written, in: authors.map(\.slug))
        {
            fields.log.error(.unknownAuthor(written, suggestion: suggestion), at: fields.location(of: "author"))
        }
        return nil
    }

    /// Whether a slug at `location` is the file's name rather than a `slug:` value: such a slug is placed at the
    /// file's line 1, where a `slug:` value never is (front matter starts after the opening `---`).
    static func isFileNameSlug(_ location: SourceLocation) -> Bool {
        location.line == 1
    }

    /// The `slug:` value, or the file's base name when it is a valid slug (located at line 1, column 1).
    static func decodeSlug(_ fields: YAMLFields, file: SourceFile) -> (String?, SourceLocation) {
        if fields.node("slug") != nil {
            return (fields.identifier("slug", required: false, kind: "slug"), fields.location(of: "slug"))
        }
        let location = SourceLocation(path: file.path, line: 1, column: 1)
        guard Identifier.isValid(file.baseName) else {
            fields.log.error(.invalidFileName(file.baseName), at: location)
            return (nil, location)
        }
        return (file.baseName, location)
    }

    /// An image mapping: `src`, `alt`, and `caption`, `credit`, `decorative` when `allowedKeys` has them.
    ///
    /// Its file is found by the validate stage. `alt` may be empty only with `decorative: true`.
    static func decodeImage(_ fields: YAMLFields, key: String, allowedKeys: [String]) -> ImageReference? {
        guard let node = fields.node(key) else { return nil }
        let keyLocation = fields.keyLocation(of: key)
        guard fields.tree[node].kind == .mapping else {
            fields.log.error(
                .wrongType(key: key, expected: "a set of keys: src, alt (and optionally caption, credit)"),
                at: fields.location(ofNode: node))
            return nil
        }
        guard let entry = fields.fields(of: node, name: key, allowedKeys: allowedKeys, location: keyLocation) else {
            return nil
        }
        let src = entry.string("src", required: true)
        let decorative = allowedKeys.contains("decorative") && entry.bool("decorative", default: false)
        let written = entry.node("alt").flatMap { entry.scalarText($0, key: "alt") } ?? ""
        var alt: String? = written
        if decorative, !written.isEmpty {
            fields.log.error(.decorativeImageWithAlt, at: entry.location(of: "alt"))
            alt = nil
        } else if !decorative, written.isEmpty {
            fields.log.error(
                .missingImageAlt(key: key, decorativeAllowed: allowedKeys.contains("decorative")),
                at: entry.location(of: "alt"))
            alt = nil
        }
        guard let src, let alt else { return nil }
        return ImageReference(
            src: src, srcLocation: entry.location(of: "src"), alt: alt,
            caption: entry.string("caption", required: false), credit: entry.string("credit", required: false),
            decorative: decorative)
    }

    private static func decodeUpdates(_ fields: YAMLFields, articleDate: ContentDate?) -> [Update] {
        guard let items = fields.sequence("updates", expected: "a list of updates, each with '- date:' and 'note:'")
        else { return [] }
        var updates: [Update] = []
        for item in items {
            guard
                let entry = fields.fields(
                    of: item, name: "updates", allowedKeys: updateKeys, location: fields.location(ofNode: item))
            else { continue }
            let date = entry.date("date", required: true)
            let note = entry.string("note", required: true)
            if let date, let articleDate, date < articleDate {
                fields.log.error(.updatedBeforeDate(key: "updates.date"), at: entry.location(of: "date"))
            } else if let date, let previous = updates.last, date < previous.date {
                fields.log.error(.updatesOutOfOrder, at: entry.location(of: "date"))
            }
            if let date, let note { updates.append(Update(date: date, note: note)) }
        }
        return updates
    }

    static func uniqued(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The tags, each once by slug (the first spelling of a slug is kept): a tag is a slug (`city-council`) or
    /// words (`City Council`) whose slug is `TagSlug.of` them.
    private static func decodeTags(_ fields: YAMLFields) -> [TagSpelling] {
        guard let items = fields.sequence("tags", expected: "a list such as [tag-a, tag-b]") else { return [] }
        var tags: [TagSpelling] = []
        var seen = Set<String>()
        for item in items {
            guard let text = fields.scalarText(item, key: "tags", expected: "a list of tags") else { continue }
            let location = fields.location(ofNode: item)
            let slug = Identifier.isValid(text) ? text : TagSlug.of(text)
            guard !slug.isEmpty else {
                fields.log.error(.tagWithoutSlug(text), at: location)
                continue
            }
            if seen.insert(slug).inserted { tags.append(TagSpelling(slug: slug, written: text, location: location)) }
        }
        return tags
    }
}
