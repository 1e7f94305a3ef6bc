/// Every text of the interface in one language: the table a site's pages, feed and share cards are worded from.
///
/// Built-in tables cover English, French, Spanish, German, Portuguese and Arabic; `content/i18n/<lang>.yml`
/// overrides entries of one of them or adds a language (`InterfaceText+Decoding.swift`). An entry is a text
/// with `{name}` placeholders, or for a counted key (`TextKey.isCounted`) one such text per plural form.
public struct InterfaceText: Sendable, Hashable {
    /// One entry of a table.
    enum Entry: Sendable, Hashable {
        case text(String)
        case counted([PluralCategory: String])
    }

    /// The primary subtag of the language (`fr` for `fr-CA`).
    public let language: String
    /// Whether the pages' language is written right to left (`dir="rtl"` on every page).
    public let isRightToLeft: Bool
    let entries: [TextKey: Entry]

    /// The table `entries` in `language`, for pages in the language tagged `pageLanguage` (whose direction the
    /// pages take: a Persian site worded in English for want of a table is still written right to left).
    init(language: String, entries: [TextKey: Entry], pageLanguage: String? = nil) {
        self.language = language
        isRightToLeft = Self.rightToLeftLanguages.contains(Self.primarySubtag(pageLanguage ?? language))
        // European Portuguese puts 0 with "other", as English does; Brazil's rule (0 and 1 are "one") is `pt`'s.
        let page = (pageLanguage ?? language).lowercased()
        pluralRules = language == "pt" && page.hasPrefix("pt-pt") ? "pt-pt" : language
        self.entries = entries
        // Each text cut into its parts once: pages ask for the same few dozen texts thousands of times.
        var parsed: [String: [Part]] = [:]
        for entry in Array(entries.values) + Array(Self.englishEntries.values) {
            switch entry {
            case .text(let text): parsed[text] = Self.parts(of: text)
            case .counted(let forms): for text in forms.values { parsed[text] = Self.parts(of: text) }
            }
        }
        self.parsed = parsed
    }

    /// The parts of every text of the table (and of the English one it falls back on), by text.
    private let parsed: [String: [Part]]

    /// The language whose plural rules choose a counted text's form (`pt-pt` differs from `pt`).
    let pluralRules: String

    /// Languages written right to left, by primary subtag.
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "dv", "fa", "ha", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi",
    ]

    /// The built-in tables by primary subtag.
    static let builtIn: [String: [TextKey: Entry]] = [
        "en": englishEntries, "fr": french, "es": spanish, "de": german, "pt": portuguese, "ar": arabic,
    ]

    /// The English table, the one every other table is checked against.
    public static let english = InterfaceText(language: "en", entries: InterfaceText.englishEntries)

    /// The built-in table for a BCP 47 tag (by its primary subtag), `nil` when there is none.
    public static func builtIn(for tag: String) -> InterfaceText? {
        let primary = Self.primarySubtag(tag)
        return builtIn[primary].map { InterfaceText(language: primary, entries: $0, pageLanguage: tag) }
    }

    /// `pt` for `pt-BR`, in lower case.
    static func primarySubtag(_ tag: String) -> String {
        (tag.split(separator: "-", maxSplits: 1).first.map(String.init) ?? tag).lowercased()
    }

    /// The text of `key` (the `other` form of a counted key), with `arguments` put in place of their
    /// placeholders.
    public func callAsFunction(_ key: TextKey, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        let template = template(key, count: nil)
        // Most texts have no placeholder: every page asks for dozens of them.
        guard template.utf8.contains(0x7B) else { return template }
        return Self.fill(parsed[template] ?? Self.parts(of: template), arguments: arguments.map { ($0.key, $0.value) })
    }

    /// The form of counted `key` that goes with `count`, with `{count}` and `arguments` filled in.
    public func counted(_ key: TextKey, _ count: Int, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        var all = arguments.map { ($0.key, $0.value) }
        all.append(("count", String(count)))
        let template = template(key, count: count)
        return Self.fill(parsed[template] ?? Self.parts(of: template), arguments: all)
    }

    /// The text of `key` as HTML: its own words escaped, `arguments` (links, `<time>` elements) put in as they
    /// are; `count` chooses the form of a counted key and fills `{count}`.
    public func html(_ key: TextKey, count: Int? = nil, _ arguments: KeyValuePairs<String, HTML> = [:]) -> HTML {
        var html = HTML()
        let template = template(key, count: count)
        for part in parsed[template] ?? Self.parts(of: template) {
            switch part {
            case .literal(let text): html.appendEscaped(text)
            case .placeholder(let name):
                if name == "count", let count {
                    html.appendEscaped(String(count))
                } else if let value = arguments.first(where: { $0.key == name })?.value {
                    html.append(value)
                }
            }
        }
        return html
    }

    /// The text of `key` as written in its table, placeholders and all, for a script that fills them itself.
    public func unfilled(_ key: TextKey) -> String {
        template(key, count: nil)
    }

    /// Every form of counted `key` this language has, by CLDR category name (for the search script).
    public func forms(_ key: TextKey) -> [(category: String, text: String)] {
        switch entries[key] {
        case .counted(let forms): forms.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) }
        case .text(let text): [(PluralCategory.other.rawValue, text)]
        case nil: []
        }
    }

    /// The entry's text for `count`: the language's form for it, else `other`, else English.
    private func template(_ key: TextKey, count: Int?) -> String {
        switch entries[key] ?? Self.englishEntries[key] {
        case .text(let text): return text
        case .counted(let forms):
            let category = count.map { PluralCategory.of($0, language: pluralRules) } ?? .other
            return forms[category] ?? forms[.other] ?? forms.values.first ?? ""
        case nil: return ""
        }
    }

    /// A piece of an entry: its own words, or a `{name}` placeholder.
    enum Part: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    /// `text` cut into its words and its placeholders: `{` followed by a lower-case name and `}`.
    static func parts(of text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), !after[..<close].isEmpty,
                after[..<close].allSatisfy({ $0 == "_" || ("a"..."z").contains($0) })
            {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.placeholder(String(after[..<close])))
                rest = after[after.index(after: close)...]
            } else {
                literal += "{"
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// The placeholder names of `text`, in order.
    static func placeholders(of text: String) -> [String] {
        parts(of: text).compactMap {
            if case .placeholder(let name) = $0 { name } else { nil }
        }
    }

    private static func fill(_ parts: [Part], arguments: [(String, String)]) -> String {
        var filled = ""
        for part in parts {
            switch part {
            case .literal(let text): filled += text
            case .placeholder(let name): filled += arguments.first { $0.0 == name }?.1 ?? ""
            }
        }
        return filled
    }
}

extension InterfaceText: CustomDebugStringConvertible {
    /// The language alone: the texts come from the binary and the translation files, which the build cache
    /// hashes already, and a dictionary's order differs from one process to the next.
    public var debugDescription: String {
        "InterfaceText(\(language))"
    }
}
