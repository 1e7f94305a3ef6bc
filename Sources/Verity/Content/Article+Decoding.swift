extension Article {
    static let keys = [
        "title", "date", "updated", "slug", "author", "summary", "tags", "draft", "sources", "claims", "updates",
        "image",
    ]
    static let sourceKeys = [
        "name", "short_name", "status", "date", "said", "via", "url", "archive", "anonymous", "date_reported",
    ]
    static let claimKeys = [
        "id", "claim", "claimant", "claimant_type", "appeared", "appeared_on", "verdict", "conclusion", "sources",
        "appeared_archive", "appearance_image", "claimant_title", "claimant_url", "appearances",
        "claimant_id", "media",
    ]
    /// The keys of each of a claim's `appearances:`.
    static let appearanceKeys = ["url", "archive", "date"]
    /// The keys of a claim's `media:`.
    static let mediaKeys = [
        "type", "url", "archive", "appeared_on", "authenticity", "original_context", "original_url",
    ]
    /// The keys of the lead image (`image:`); a claim's `appearance_image:` has no `decorative`.
    static let imageKeys = ["src", "alt", "caption", "credit", "decorative"]
    static let appearanceImageKeys = ["src", "alt", "caption", "credit"]

    /// Google shows at most this many characters of `claimReviewed`.
    static let claimLengthLimit = 75
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

    /// The valid sources, and the ids of every source declared (valid or not), for cross-reference checks.
    private static func decodeSources(
        _ fields: YAMLFields, articleDate: ContentDate?, staleSourceDays: Int, scale: VerdictScale?
    ) -> (
        [Source], [String]
    ) {
        guard let node = fields.node("sources") else { return ([], []) }
        guard fields.tree[node].kind == .mapping else {
            fields.log.error(
                .wrongType(key: "sources", expected: "a set of 'source-id:' entries, each with name, status and date"),
                at: fields.location(ofNode: node))
            return ([], [])
        }
        let pairs = fields.tree.pairs(of: node)
        var sources: [Source] = []
        var seen = Set<String>()
        for (key, value) in pairs {
            let keyLocation = fields.location(ofNode: key)
            guard let id = fields.scalarText(key, key: "sources") else { continue }
            guard Identifier.isValid(id) else {
                fields.log.error(.invalidIdentifier(key: "source id", value: id), at: keyLocation)
                continue
            }
            guard !seen.contains(id) else {
                fields.log.error(.duplicateKey(id), at: keyLocation)
                continue
            }
            seen.insert(id)
            guard let entry = fields.fields(of: value, name: id, allowedKeys: sourceKeys, location: keyLocation) else {
                continue
            }
            if entry.node("name") == nil, entry.node("status") == nil, entry.node("date") == nil,
                fields.tree[value].kind == .scalar
            {
                fields.log.error(.wrongType(key: id, expected: "a set of keys: name, status, date"), at: keyLocation)
                continue
            }
            let name = entry.string("name", required: true)
            let shortName = decodeShortName(entry)
            let status = decodeStatus(entry, scale: scale)
            let date = entry.date("date", required: true)
            let said = entry.string("said", required: false)
            let via = entry.string("via", required: false)
            let url = entry.url("url", required: false)
            let archive = entry.url("archive", required: false)
            let anonymous = entry.bool("anonymous", default: false)
            let dateReported = entry.bool("date_reported", default: true)
            if url != nil, archive == nil, entry.node("archive") == nil {
                fields.log.warning(.sourceWithoutArchive(id), at: entry.location(of: "url"))
            }
            if let date, let articleDate {
                let days = (articleDate.dayNumber - date.dayNumber)
                if days > staleSourceDays {
                    fields.log.warning(
                        .staleSource(id, days: days, limit: staleSourceDays), at: entry.location(of: "date"))
                }
            }
            if let name, let status, let date {
                sources.append(
                    Source(
                        id: id, name: name, shortName: shortName ?? Source.defaultShortName(for: name), status: status,
                        date: date, said: said, via: via, url: url,
                        archive: archive, anonymous: anonymous, dateReported: dateReported,
                        statusLocation: entry.location(of: "status")))
            }
        }
        return (
            sources, pairs.compactMap { fields.tree.scalarText($0.key)?.trimmingWhitespace() }.filter(seen.contains)
        )
    }

    /// `short_name`, when given and short enough for an inline badge.
    private static func decodeShortName(_ entry: YAMLFields) -> String? {
        guard entry.node("short_name") != nil else { return nil }
        guard let text = entry.string("short_name", required: true) else { return nil }
        guard text.count <= Source.shortNameLimit else {
            entry.log.error(
                .longShortName(text.count, limit: Source.shortNameLimit), at: entry.location(of: "short_name"))
            return nil
        }
        return text
    }

    /// A source's status, which must be one of `scale`'s (any slug when `scale` is `nil`: site.yml failed).
    private static func decodeStatus(_ entry: YAMLFields, scale: VerdictScale?) -> SourceStatus? {
        guard let text = entry.string("status", required: true) else { return nil }
        let keys = (scale ?? .builtIn).statuses.map(\.key)
        guard let status = SourceStatus(rawValue: text), scale == nil || keys.contains(text) else {
            entry.log.error(
                .unknownStatus(text, suggestion: Suggestion.closest(to: text, in: keys), expected: keys),
                at: entry.location(of: "status"))
            return nil
        }
        return status
    }

    private static func decodeClaims(
        _ fields: YAMLFields, declaredSourceIDs sourceIDs: [String], scale: VerdictScale?
    ) -> [Claim] {
        guard let items = fields.sequence("claims", expected: "a list of claims, each starting with '- '") else {
            return []
        }
        var claims: [Claim] = []
        var firstLineOfID: [String: Int] = [:]
        // A set, so that a claim citing many sources is checked in linear time.
        let declared = Set(sourceIDs)
        for (index, item) in items.enumerated() {
            let itemLocation = fields.location(ofNode: item)
            guard let entry = fields.fields(of: item, name: "claims", allowedKeys: claimKeys, location: itemLocation)
            else { continue }
            let id =
                entry.identifier("id", required: false, kind: "claim id")
                ?? (entry.node("id") == nil ? "claim-\(index + 1)" : nil)
            if let id {
                let location = entry.location(of: "id")
                if !PageAnchors.isAvailable(id) {
                    fields.log.error(.reservedClaimID(id), at: location)
                } else if let firstLine = firstLineOfID[id] {
                    fields.log.error(.duplicateClaimID(id, firstLine: firstLine), at: location)
                } else {
                    firstLineOfID[id] = location.line ?? 0
                }
            }
            let text = entry.string("claim", required: true)
            if let text, text.count > claimLengthLimit {
                fields.log.warning(.longClaim(text.count, limit: claimLengthLimit), at: entry.location(of: "claim"))
            }
            let claimant = entry.string("claimant", required: true)
            let claimantType = decodeClaimantType(entry)
            let appeared = entry.url("appeared", required: false)
            let appearedOn = entry.date("appeared_on", required: false)
            let appearedArchive = entry.url("appeared_archive", required: false)
            let appearanceImage = decodeImage(entry, key: "appearance_image", allowedKeys: appearanceImageKeys)
            let claimantTitle = entry.string("claimant_title", required: false)
            let claimantURL = entry.url("claimant_url", required: false)
            let appearances = decodeAppearances(entry)
            let claimantID = entry.identifier("claimant_id", required: false, kind: "claimant id")
            let media = decodeMedia(entry)
            let verdict = decodeVerdict(entry, scale: scale)
            let conclusion = entry.string("conclusion", required: true)
            var references: [String] = []
            var referenced = Set<String>()
            if let list = entry.identifierList("sources", kind: "source id") {
                if list.isEmpty, let node = entry.node("sources") {
                    fields.log.error(.emptyValue("sources"), at: fields.location(ofNode: node))
                }
                for (sourceID, location) in list {
                    if declared.contains(sourceID) {
                        if referenced.insert(sourceID).inserted { references.append(sourceID) }
                    } else {
                        fields.log.error(
                            .unknownSource(sourceID, suggestion: Suggestion.closest(to: sourceID, in: sourceIDs)),
                            at: location)
                    }
                }
            } else if entry.node("sources") == nil {
                entry.reportMissing("sources")
            }
            if let id, let text, let claimant, let verdict, let conclusion {
                claims.append(
                    Claim(
                        id: id, claim: text, claimant: claimant, claimantType: claimantType, appeared: appeared,
                        appearedOn: appearedOn,
                        verdict: verdict, conclusion: conclusion, sourceIDs: references,
                        appearedArchive: appearedArchive, appearanceImage: appearanceImage,
                        claimantTitle: claimantTitle, claimantURL: claimantURL, appearances: appearances,
                        claimantID: claimantID, media: media))
            }
        }
        return claims
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

    /// A claim's `appearances:`: a list of `url` (required), `archive` and `date`.
    private static func decodeAppearances(_ entry: YAMLFields) -> [Claim.Appearance] {
        guard
            let items = entry.sequence(
                "appearances", expected: "a list of appearances, each with '- url:' (and optionally archive, date)")
        else { return [] }
        var appearances: [Claim.Appearance] = []
        for item in items {
            guard
                let fields = entry.fields(
                    of: item, name: "appearances", allowedKeys: appearanceKeys, location: entry.location(ofNode: item))
            else { continue }
            let url = fields.url("url", required: true)
            let archive = fields.url("archive", required: false)
            let date = fields.date("date", required: false)
            if let url { appearances.append(Claim.Appearance(url: url, archive: archive, date: date)) }
        }
        return appearances
    }

    /// A claim's `media:`, or `nil` when it is absent or wrong (the errors are logged).
    ///
    /// `type`, `url` and `authenticity` are required; `archive`, `appeared_on`, `original_context` and
    /// `original_url` are optional.
    private static func decodeMedia(_ entry: YAMLFields) -> MediaItem? {
        guard let node = entry.node("media") else { return nil }
        let keyLocation = entry.keyLocation(of: "media")
        guard entry.tree[node].kind == .mapping else {
            entry.log.error(
                .wrongType(
                    key: "media",
                    expected: "a set of keys: type, url, authenticity (and optionally archive, appeared_on, "
                        + "original_context, original_url)"),
                at: entry.location(ofNode: node))
            return nil
        }
        guard let fields = entry.fields(of: node, name: "media", allowedKeys: mediaKeys, location: keyLocation) else {
            return nil
        }
        var kind: MediaItem.Kind?
        if let text = fields.string("type", required: true) {
            kind = MediaItem.Kind(rawValue: text)
            if kind == nil {
                fields.log.error(
                    .unknownMediaType(
                        text, suggestion: Suggestion.closest(to: text, in: MediaItem.Kind.allCases.map(\.rawValue))),
                    at: fields.location(of: "type"))
            }
        }
        let url = fields.url("url", required: true)
        let archive = fields.url("archive", required: false)
        if url != nil, archive == nil, fields.node("archive") == nil {
            fields.log.warning(.mediaWithoutArchive, at: fields.location(of: "url"))
        }
        let date = fields.date("appeared_on", required: false)
        let authenticity = decodeAuthenticity(fields)
        let originalContext = fields.string("original_context", required: false)
        let originalURL = fields.url("original_url", required: false)
        if authenticity == .decontextualized, originalContext == nil, fields.node("original_context") == nil {
            fields.log.warning(.decontextualizedWithoutContext, at: fields.location(of: "authenticity"))
        }
        guard let kind, let url, let authenticity else { return nil }
        return MediaItem(
            kind: kind, url: url, archive: archive, date: date, authenticity: authenticity,
            originalContext: originalContext, originalURL: originalURL)
    }

    /// `media: authenticity:`, in kebab case; a schema.org name (`DecontextualizedContent`) gets its spelling as a
    /// suggestion.
    private static func decodeAuthenticity(_ fields: YAMLFields) -> MediaItem.Authenticity? {
        guard let text = fields.string("authenticity", required: true) else { return nil }
        if let authenticity = MediaItem.Authenticity(rawValue: text) { return authenticity }
        let cases = MediaItem.Authenticity.allCases
        let named = cases.first { $0.schemaName.lowercased() == text.lowercased() }
        let suggestion = named?.rawValue ?? Suggestion.closest(to: text, in: cases.map(\.rawValue))
        fields.log.error(
            .unknownMediaAuthenticity(text, suggestion: suggestion), at: fields.location(of: "authenticity"))
        return nil
    }

    private static func decodeClaimantType(_ entry: YAMLFields) -> ClaimantType {
        guard let text = entry.string("claimant_type", required: false) else { return .organization }
        guard let type = ClaimantType(rawValue: text) else {
            entry.log.error(
                .unknownClaimantType(
                    text, suggestion: Suggestion.closest(to: text, in: ClaimantType.allCases.map(\.rawValue))),
                at: entry.location(of: "claimant_type"))
            return .organization
        }
        return type
    }

    /// A claim's verdict, which must be on `scale` (any slug when `scale` is `nil`: site.yml failed).
    private static func decodeVerdict(_ entry: YAMLFields, scale: VerdictScale?) -> Verdict? {
        guard let text = entry.string("verdict", required: true) else { return nil }
        let keys = (scale ?? .builtIn).verdicts.map(\.key)
        guard let verdict = Verdict(rawValue: text), scale == nil || keys.contains(text) else {
            entry.log.error(
                .unknownVerdict(text, suggestion: Suggestion.closest(to: text, in: keys), expected: keys),
                at: entry.location(of: "verdict"))
            return nil
        }
        return verdict
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

    private static func uniqued(_ values: [String]) -> [String] {
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
