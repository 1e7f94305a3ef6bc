/// Decoding an article's `sources:`: each source, its short name and its status.
extension Article {
    /// The keys a source may have.
    static let sourceKeys = [
        "name", "short_name", "status", "date", "said", "via", "url", "archive", "anonymous", "date_reported",
    ]

    /// The valid sources, and the ids of every source declared (valid or not), for cross-reference checks.
    static func decodeSources(
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
    static func decodeShortName(_ entry: YAMLFields) -> String? {
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
    static func decodeStatus(_ entry: YAMLFields, scale: VerdictScale?) -> SourceStatus? {
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
}
