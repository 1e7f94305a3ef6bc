extension VerdictScale {
    static let verdictKeys = ["key", "label", "icon", "color", "color_dark", "rating", "description"]
    static let statusKeys = ["key", "label", "icon", "color", "color_dark", "uncertain", "description"]
    /// The longest `icon`, in characters: a symbol beside a label, not a word.
    static let iconLimit = 3
    /// The highest `rating`: more steps than this would not fit the verdict meter on a phone.
    static let maximumRating = 10

    /// Reads `verdicts:` and `statuses:` of site.yml, each replacing the built-in list when written.
    ///
    /// An entry is a mapping (`key:` and its fields) or a bare built-in key (`- confirmed`); an entry whose key is
    /// a built-in one takes the built-in's values for the fields it leaves out. Labels and descriptions must have
    /// a text for each of `languages` (every edition's). Every problem is recorded at its line and column.
    static func decode(_ fields: YAMLFields, languages: [String]) -> VerdictScale {
        var scale = VerdictScale.builtIn
        if let verdicts = decodeVerdicts(fields, languages: languages) { scale.verdicts = verdicts }
        if let statuses = decodeStatuses(fields, languages: languages) { scale.statuses = statuses }
        return scale
    }

    private static func decodeVerdicts(_ fields: YAMLFields, languages: [String]) -> [VerdictDefinition]? {
        let expected = "a list of verdicts, each a built-in key or a mapping with 'key:'"
        guard let items = fields.sequence("verdicts", expected: expected).map(Array.init) else { return nil }
        var result: [VerdictDefinition] = []
        let before = fields.log.errorCount
        for item in items {
            guard
                let (entry, builtIn) = entryFields(
                    fields, item, list: "verdicts", allowedKeys: verdictKeys, builtIns: builtInVerdicts.map(\.key),
                    seen: result.map(\.key))
            else { continue }
            let inherited = builtIn.flatMap { key in builtInVerdicts.first { $0.key == key } }
            guard let entry else {
                if let inherited { result.append(inherited) }
                continue
            }
            guard let key = entry.identifier("key", required: true, kind: "key") else { continue }
            let label = text(entry, "label", languages: languages, inherited: inherited?.label)
            let icon = self.icon(entry, inherited: inherited?.icon)
            let color = fillColor(entry, "color", dark: false, inherited: inherited?.color)
            let colorDark = fillColor(entry, "color_dark", dark: true, inherited: inherited?.colorDark)
            let description =
                text(entry, "description", languages: languages, inherited: inherited?.description, required: false)
                ?? LocalizedText("")
            let rating = self.rating(entry, inherited: inherited?.rating)
            guard let label, let icon, let color, let colorDark, let rating else { continue }
            result.append(
                VerdictDefinition(
                    key: key, label: label, icon: icon, color: color, colorDark: colorDark, rating: rating.value,
                    description: description))
        }
        if items.isEmpty {
            fields.log.error(.emptyScale(list: "verdicts"), at: fields.location(of: "verdicts"))
            return nil
        }
        let rated = result.filter { $0.rating != nil }
        // Only for a list read without errors: a dropped entry may have held the other ratings.
        if rated.count == 1, fields.log.errorCount == before {
            fields.log.error(.singleRatedVerdict(rated[0].key), at: fields.location(of: "verdicts"))
        }
        return result
    }

    private static func decodeStatuses(_ fields: YAMLFields, languages: [String]) -> [StatusDefinition]? {
        let expected = "a list of statuses, each a built-in key or a mapping with 'key:'"
        guard let items = fields.sequence("statuses", expected: expected).map(Array.init) else { return nil }
        var result: [StatusDefinition] = []
        for item in items {
            guard
                let (entry, builtIn) = entryFields(
                    fields, item, list: "statuses", allowedKeys: statusKeys, builtIns: builtInStatuses.map(\.key),
                    seen: result.map(\.key))
            else { continue }
            let inherited = builtIn.flatMap { key in builtInStatuses.first { $0.key == key } }
            guard let entry else {
                if let inherited { result.append(inherited) }
                continue
            }
            guard let key = entry.identifier("key", required: true, kind: "key") else { continue }
            let label = text(entry, "label", languages: languages, inherited: inherited?.label)
            let icon = self.icon(entry, inherited: inherited?.icon)
            let color = inkColor(entry, "color", dark: false, inherited: inherited?.color)
            let colorDark = inkColor(entry, "color_dark", dark: true, inherited: inherited?.colorDark)
            let description =
                text(entry, "description", languages: languages, inherited: inherited?.description, required: false)
                ?? LocalizedText("")
            let uncertain = entry.bool("uncertain", default: inherited?.uncertain ?? false)
            guard let label, let icon, let color, let colorDark else { continue }
            result.append(
                StatusDefinition(
                    key: key, label: label, icon: icon, color: color, colorDark: colorDark, uncertain: uncertain,
                    description: description))
        }
        if items.isEmpty {
            fields.log.error(.emptyScale(list: "statuses"), at: fields.location(of: "statuses"))
            return nil
        }
        return result
    }

    /// One entry of `list`: its fields (`nil` for a bare built-in key) and the built-in key it names, if any;
    /// `nil` after an error (not a built-in word, a key listed before, neither text nor mapping).
    private static func entryFields(
        _ fields: YAMLFields, _ item: Int, list: String, allowedKeys: [String], builtIns: [String], seen: [String]
    ) -> (YAMLFields?, String?)? {
        let location = fields.location(ofNode: item)
        if fields.tree[item].kind == .mapping {
            guard
                let entry = fields.fields(of: item, name: list, allowedKeys: allowedKeys, location: location)
            else { return nil }
            guard let node = entry.node("key"), let key = fields.tree.scalarText(node)?.trimmingWhitespace() else {
                return (entry, nil)
            }
            guard !seen.contains(key) else {
                fields.log.error(.duplicateScaleKey(list: list, key: key), at: entry.location(of: "key"))
                return nil
            }
            return (entry, builtIns.contains(key) ? key : nil)
        }
        guard let word = fields.scalarText(item, key: list, expected: "a built-in key or a mapping with 'key:'") else {
            return nil
        }
        guard builtIns.contains(word) else {
            fields.log.error(
                .unknownBuiltInEntry(list: list, word: word, suggestion: Suggestion.closest(to: word, in: builtIns)),
                at: location)
            return nil
        }
        guard !seen.contains(word) else {
            fields.log.error(.duplicateScaleKey(list: list, key: word), at: location)
            return nil
        }
        return (nil, word)
    }

    /// A label or description: one text, or a map of language tags to texts, which must have a text for each of
    /// `languages`.
    ///
    /// A map written over a built-in's texts replaces only the languages it names.
    private static func text(
        _ entry: YAMLFields, _ key: String, languages: [String], inherited: LocalizedText?, required: Bool = true
    ) -> LocalizedText? {
        guard let node = entry.node(key) else {
            if let inherited { return inherited }
            if required { _ = entry.string(key, required: true) }
            return nil
        }
        var written: LocalizedText
        if entry.tree[node].kind == .mapping {
            var texts: [String: String] = [:]
            for (tagNode, valueNode) in entry.tree.pairs(of: node) {
                guard let tag = entry.scalarText(tagNode, key: key),
                    let value = entry.scalarText(valueNode, key: key)
                else { continue }
                guard SiteConfig.isLanguageTag(tag) else {
                    entry.log.error(.invalidTextLanguage(tag), at: entry.location(ofNode: tagNode))
                    continue
                }
                guard !value.isEmpty else {
                    entry.log.error(.emptyValue(tag), at: entry.location(ofNode: valueNode))
                    continue
                }
                texts[tag] = value
            }
            written = LocalizedText(byLanguage: texts)
        } else {
            guard let value = entry.string(key, required: true) else { return nil }
            written = LocalizedText(value)
        }
        let merged = inherited.map { $0.merging(written) } ?? written
        // A built-in's texts fall back to English; a desk's own must cover every language the site is in.
        let missing = languages.filter {
            merged.text(in: $0) == nil && !(inherited != nil && merged.texts["en"] != nil)
        }
        for language in missing {
            entry.log.error(.missingLanguageText(key: key, language: language), at: entry.location(ofNode: node))
        }
        return missing.isEmpty ? merged : nil
    }

    private static func icon(_ entry: YAMLFields, inherited: String?) -> String? {
        guard entry.node("icon") != nil else {
            if let inherited { return inherited }
            return entry.string("icon", required: true)
        }
        guard let icon = entry.string("icon", required: true) else { return nil }
        // Variation selectors do not count: they only ask for the text form of a symbol.
        guard icon.unicodeScalars.filter({ !(0xFE00...0xFE0F).contains($0.value) }).count <= iconLimit else {
            entry.log.error(.longIcon(icon, limit: iconLimit), at: entry.location(of: "icon"))
            return nil
        }
        return icon
    }

    /// A rating, wrapped so that "unrated" (`nil`) differs from "failed" (`nil` wrapper).
    private static func rating(_ entry: YAMLFields, inherited: Int?) -> (value: Int?, ())? {
        guard let node = entry.node("rating") else {
            // `rating:` written empty takes a built-in verdict off the scale.
            return entry.isWritten("rating") ? (nil, ()) : (inherited, ())
        }
        let value = entry.int("rating", default: Int.min)
        guard value != Int.min else { return nil }
        guard (0...maximumRating).contains(value) else {
            entry.log.error(
                .ratingOutOfRange(String(value), maximum: maximumRating), at: entry.location(ofNode: node))
            return nil
        }
        return (value, ())
    }

    /// A colour, `#rrggbb`, in quotes; `nil` after an error.
    private static func color(_ entry: YAMLFields, _ key: String, inherited: HexColor?) -> HexColor? {
        guard let text = entry.string(key, required: false) else {
            if entry.isWritten(key), entry.node(key) == nil {
                entry.log.error(.colorNeedsQuotes(key: key), at: entry.keyLocation(of: key))
                return nil
            }
            if let inherited { return inherited }
            entry.reportMissing(key)
            return nil
        }
        guard let color = HexColor(text) else {
            entry.log.error(.invalidColor(key: key, value: text), at: entry.location(of: key))
            return nil
        }
        return color
    }

    /// A verdict's fill: the stamp's text (white on the light page, near-black on the dark) must read on it.
    private static func fillColor(_ entry: YAMLFields, _ key: String, dark: Bool, inherited: HexColor?)
        -> HexColor?
    {
        guard let color = color(entry, key, inherited: inherited) else { return nil }
        guard entry.node(key) != nil else { return color }
        let text = dark ? stampTextDark : stampText
        let ratio = HexColor.tenths(color.contrast(with: text))
        guard ratio >= SiteBranding.minimumContrastTenths else {
            entry.log.error(
                .lowFillContrast(
                    key: key, color: color.text, tenths: ratio, dark: dark, text: text.text,
                    needed: SiteBranding.minimumContrastTenths),
                at: entry.location(of: key))
            return nil
        }
        return color
    }

    /// A status's symbol and outline colour: drawn on the page, so it must stand out from the page.
    private static func inkColor(_ entry: YAMLFields, _ key: String, dark: Bool, inherited: HexColor?)
        -> HexColor?
    {
        guard let color = color(entry, key, inherited: inherited) else { return nil }
        guard entry.node(key) != nil else { return color }
        let background = dark ? SiteBranding.darkBackground : SiteBranding.lightBackground
        let ratio = HexColor.tenths(color.contrast(with: background))
        guard ratio >= SiteBranding.minimumContrastTenths else {
            entry.log.error(
                .lowContrast(
                    key: key, color: color.text, tenths: ratio, dark: dark, background: background.text,
                    needed: SiteBranding.minimumContrastTenths),
                at: entry.location(of: key))
            return nil
        }
        return color
    }

    /// The text colour of a verdict stamp on the light page (`--on-tone` in the style sheet).
    static let stampText = HexColor(red: 0xff, green: 0xff, blue: 0xff)
    /// The same on the dark page.
    static let stampTextDark = HexColor(red: 0x11, green: 0x11, blue: 0x11)
}
