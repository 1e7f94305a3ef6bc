extension SiteConfig {
    /// Reads and validates `site.yml`; returns `nil` after recording errors.
    static func decode(_ file: SourceFile, log: DiagnosticCollector) -> SiteConfig? {
        let origin = YAMLFields.Origin(path: file.path, lineOffset: 0)
        let start = SourceLocation(path: file.path, line: 1, column: 1)
        let parsed = YAMLDocument.parse(file.text, origin: origin, log: log)
        guard parsed.ok,
            let fields = YAMLFields(
                parsed.tree.root, in: parsed.tree, name: "site.yml", allowedKeys: keys, origin: origin, log: log,
                location: start)
        else { return nil }
        let before = log.errorCount
        let title = fields.string("title", required: true)
        let baseURL = fields.url("base_url", required: true)?.text
        let language = fields.string("language", required: true)
        if let language, !isLanguageTag(language) {
            log.error(.invalidLanguage(language), at: fields.location(of: "language"))
        }
        let languages = decodeLanguages(fields, main: language)
        let description = fields.string("description", required: true)
        var publisher: Publisher?
        var publisherLogoLocation: SourceLocation?
        if let node = fields.node("publisher") {
            if let inner = fields.fields(
                of: node, name: "publisher", allowedKeys: publisherKeys, location: fields.keyLocation(of: "publisher"))
            {
                let name = inner.string("name", required: true)
                let url = inner.url("url", required: true)?.text
                let logo = inner.string("logo", required: false)
                publisherLogoLocation = inner.location(of: "logo")
                if let logo, !(logo.hasPrefix("/") || WebURL(logo) != nil) {
                    log.error(.invalidURL(key: "logo", value: logo), at: inner.location(of: "logo"))
                }
                if let name, let url { publisher = Publisher(name: name, url: url, logo: logo) }
            }
        } else {
            fields.reportMissing("publisher")
        }
        let defaultAuthor = fields.string("default_author", required: false)
        let unsafeHTML = fields.bool("unsafe_html", default: false)
        let staleSourceDays = fields.int("stale_source_days", default: defaultStaleSourceDays)
        if staleSourceDays < 0 {
            log.error(
                .invalidInteger(key: "stale_source_days", value: String(staleSourceDays)),
                at: fields.location(of: "stale_source_days"))
        }
        let pageSize = fields.pageSize("page_size", default: defaultPageSize)
        let claimsPageSize = fields.pageSize("claims_page_size", default: defaultClaimsPageSize)
        let tags = decodeTagNames(fields)
        let authors = decodeAuthors(fields)
        checkDefaultAuthor(defaultAuthor, authors: authors, fields: fields)
        let shareCards = fields.bool("share_cards", default: true)
        let smartPunctuation = fields.bool("smart_punctuation", default: true)
        let branding = SiteBranding.decode(
            fields, publisherLogo: publisher?.logo.map { ($0, publisherLogoLocation ?? fields.location) })
        // A desk's own labels must be given in every edition's language.
        let scaleLanguages =
            [language ?? "en"] + languages.filter { $0.lowercased() != (language ?? "en").lowercased() }
        let scale = VerdictScale.decode(fields, languages: scaleLanguages)
        guard log.errorCount == before, let title, let baseURL, let language, let description, let publisher else {
            return nil
        }
        var config = SiteConfig(
            title: title, baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/", language: language,
            description: description, publisher: publisher, defaultAuthor: defaultAuthor, unsafeHTML: unsafeHTML,
            staleSourceDays: staleSourceDays, pageSize: pageSize, claimsPageSize: claimsPageSize,
            shareCards: shareCards, tagNames: tags.mapValues(\.name), tagNameLocations: tags.mapValues(\.location))
        config.branding = branding
        config.languageLocation = fields.location(of: "language")
        config.smartPunctuation = smartPunctuation
        config.scale = scale
        config.languages = languages
        config.authors = authors
        return config
    }

    /// `tags`: each tag's slug and its name (`city-council: City Council`), with where the slug is written.
    private static func decodeTagNames(_ fields: YAMLFields) -> [String: (name: String, location: SourceLocation)] {
        guard let node = fields.node("tags") else { return [:] }
        guard fields.tree[node].kind == .mapping else {
            fields.log.error(
                .wrongType(key: "tags", expected: "a set of 'tag-slug: Tag name' entries"),
                at: fields.location(ofNode: node))
            return [:]
        }
        var names: [String: (name: String, location: SourceLocation)] = [:]
        for (key, value) in fields.tree.pairs(of: node) {
            let location = fields.location(ofNode: key)
            guard let slug = fields.scalarText(key, key: "tags"),
                let name = fields.scalarText(value, key: slug, expected: "the tag's name")
            else { continue }
            guard Identifier.isValid(slug) else {
                let suggestion = TagSlug.of(slug)
                fields.log.error(.invalidTagSlug(slug, suggestion: suggestion.isEmpty ? nil : suggestion), at: location)
                continue
            }
            guard !name.isEmpty else {
                fields.log.error(.emptyValue(slug), at: fields.location(ofNode: value))
                continue
            }
            names[slug] = (name, location)
        }
        return names
    }

    /// The editions' languages (`languages`), `main` first; empty when site.yml does not set them.
    ///
    /// Each must be a BCP 47 tag, listed once, and `main` must be among them.
    private static func decodeLanguages(_ fields: YAMLFields, main: String?) -> [String] {
        guard let items = fields.sequence("languages", expected: "a list of language tags such as [en, fr]") else {
            return []
        }
        var seen: [String: SourceLocation] = [:]
        var languages: [String] = []
        for item in items {
            guard let text = fields.scalarText(item, key: "languages", expected: "a language tag such as 'fr'") else {
                continue
            }
            let location = fields.location(ofNode: item)
            guard isLanguageTag(text) else {
                fields.log.error(.invalidEditionLanguage(text), at: location)
                continue
            }
            // Tags are case-insensitive (BCP 47), and an edition's folder and URL are its tag as written.
            if let other = seen[text.lowercased()] {
                fields.log.error(.duplicateEditionLanguage(text, other: other), at: location)
                continue
            }
            seen[text.lowercased()] = location
            languages.append(text)
        }
        guard let main, isLanguageTag(main) else { return [] }
        guard languages.contains(main) else {
            fields.log.error(.mainLanguageNotListed(main), at: fields.location(of: "languages"))
            return []
        }
        return [main] + languages.filter { $0 != main }
    }

    /// Whether `text` looks like a BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

extension YAMLFields {
    /// A page size of site.yml: a whole number of at least 1; absent means `defaultValue`.
    fileprivate func pageSize(_ key: String, default defaultValue: Int) -> Int {
        let value = int(key, default: defaultValue)
        guard value >= 1 else {
            log.error(.tooSmall(key: key, value: String(value), minimum: 1), at: location(of: key))
            return defaultValue
        }
        return value
    }
}
