/// Decoding an article's `claims:`: each claim, where it appeared, its media item and its verdict.
extension Article {
    /// The keys a claim may have.
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
    /// Google shows at most this many characters of `claimReviewed`.
    static let claimLengthLimit = 75

    /// The valid claims of `claims:`, each checked against the sources declared (`sourceIDs`) and the scale.
    static func decodeClaims(
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

    /// A claim's `appearances:`: a list of `url` (required), `archive` and `date`.
    static func decodeAppearances(_ entry: YAMLFields) -> [Claim.Appearance] {
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
    static func decodeMedia(_ entry: YAMLFields) -> MediaItem? {
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
    static func decodeAuthenticity(_ fields: YAMLFields) -> MediaItem.Authenticity? {
        guard let text = fields.string("authenticity", required: true) else { return nil }
        if let authenticity = MediaItem.Authenticity(rawValue: text) { return authenticity }
        let cases = MediaItem.Authenticity.allCases
        let named = cases.first { $0.schemaName.lowercased() == text.lowercased() }
        let suggestion = named?.rawValue ?? Suggestion.closest(to: text, in: cases.map(\.rawValue))
        fields.log.error(
            .unknownMediaAuthenticity(text, suggestion: suggestion), at: fields.location(of: "authenticity"))
        return nil
    }

    static func decodeClaimantType(_ entry: YAMLFields) -> ClaimantType {
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
    static func decodeVerdict(_ entry: YAMLFields, scale: VerdictScale?) -> Verdict? {
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
}
