/// The wording of the problems with the site's settings: editions, branding, the rating scale, the pages a
/// certified desk publishes and the interface's translation files.
extension Problem {
    /// The text that follows `error:` or `warning:` for a settings problem; `nil` for any other (`message` words
    /// those, and sends these here).
    var settingsMessage: String? {
        switch self {
        case .invalidEditionLanguage(let value):
            return "'languages' must list BCP 47 language tags such as 'en' or 'pt-BR', not '\(value)'"
        case .duplicateEditionLanguage(let value, let other):
            return "'\(value)' is listed twice in 'languages' (also at \(other.description)); remove one"
        case .mainLanguageNotListed(let language):
            return "'languages' must include the site's 'language' ('\(language)'), the edition served at the site's "
                + "root: add '\(language)' to the list"
        case .unknownEditionFolder(let folder, let name, let editions, let suggestion):
            let listed =
                editions.isEmpty
                ? "site.yml lists no other 'languages'"
                : "the other editions are " + editions.map { "'\($0)'" }.joined(separator: ", ")
            return "folder '\(folder)' is not an edition" + hint(suggestion) + ": add '\(name)' to 'languages' in "
                + "site.yml, or move its files out of it (\(listed))"
        case .mainEditionFolder(let folder, let language):
            return "folder '\(folder)' is named after the main language '\(language)': the main edition's files go "
                + "directly in the folder above it"
        case .invalidLink(let key, let value):
            return "'\(key)' must be an http:// or https:// URL or a path from the site's root such as '/about/', "
                + "not '\(value)'"
        case .missingLogoSource:
            return "missing required key 'src': give the logo's path (such as '/files/logo.svg') or set "
                + "'logo' under 'publisher'"
        case .colorNeedsQuotes(let key):
            return "'\(key)' is empty: YAML reads '#' as the start of a comment, so put the colour in quotes: "
                + "\(key): \"#0b55b5\""
        case .invalidColor(let key, let value):
            return "'\(key)' must be a colour written '#rrggbb' such as '#0b55b5', not '\(value)'"
        case .lowContrast(let key, let color, let tenths, let dark, let background, let needed):
            return "\(key) '\(color)' has a contrast of \(Self.ratio(tenths)) against the \(dark ? "dark " : "")page "
                + "(\(background)); WCAG AA needs \(Self.ratio(needed)); choose a \(dark ? "lighter" : "darker") colour"
        case .unknownNavEntry(let word, let suggestion):
            return "unknown navigation entry '\(word)'" + hint(suggestion)
                + "; use pages, claims, tags, corrections, search, feed, or a link with 'title:' and 'href:'"
        case .duplicateNavEntry(let word):
            return "'\(word)' is already in 'nav'; list it once"
        case .unknownStatus(let value, let suggestion, let expected):
            return "unknown status '\(value)'" + hint(suggestion) + "; expected one of: "
                + expected.joined(separator: ", ")
        case .unknownVerdict(let value, let suggestion, let expected):
            return "unknown verdict '\(value)'" + hint(suggestion) + "; expected one of: "
                + expected.joined(separator: ", ")
        case .unknownBuiltInEntry(let list, let word, let suggestion):
            return "'\(word)' is not a built-in \(list == "verdicts" ? "verdict" : "status")" + hint(suggestion)
                + "; define it with 'key:', 'label:', 'icon:', 'color:' and 'color_dark:'"
        case .duplicateScaleKey(let list, let key):
            return "'\(key)' is already in '\(list)'; list each key once"
        case .emptyScale(let list):
            return "'\(list)' is empty; list at least one entry, or remove '\(list)' to use the built-in ones"
        case .missingLanguageText(let key, let language):
            return "'\(key)' has no text for the site's language '\(language)'; add '\(language):' or write one text "
                + "for every language"
        case .invalidTextLanguage(let value):
            return "'\(value)' is not a BCP 47 language tag such as 'en' or 'pt-BR'"
        case .longIcon(let value, let limit):
            return "icon '\(value)' is longer than \(limit) characters; use a short symbol such as '\u{2714}'"
        case .ratingOutOfRange(let value, let maximum):
            return "rating \(value) is outside the scale; use a whole number from 0 to \(maximum), or leave 'rating' "
                + "out for a verdict off the scale"
        case .singleRatedVerdict(let key):
            return "'\(key)' is the only verdict with a rating; a scale needs a best and a worst rating, so rate at "
                + "least two verdicts or none"
        case .unknownPageMarker(let marker, let suggestion):
            return "unknown marker '\(marker)'" + hint(suggestion)
                + "; a paragraph of only {{verdicts}} or {{statuses}} shows the site's scale there"
        case .lowFillContrast(let key, let color, let tenths, let dark, let text, let needed):
            return "\(key) '\(color)' has a contrast of \(Self.ratio(tenths)) with the \(dark ? "dark " : "")stamp's "
                + "text (\(text)); WCAG AA needs \(Self.ratio(needed)); choose a \(dark ? "lighter" : "darker") colour"
        case .unknownPagePurpose(let value, let suggestion, let expected):
            return "unknown purpose '\(value)'" + hint(suggestion) + "; expected one of: "
                + expected.joined(separator: ", ")
        case .missingTransparencyPages(let purposes):
            let one = purposes.count == 1
            return "the site has no page for: " + purposes.map(\.description).joined(separator: ", ")
                + " (IFCN's Code of Principles asks a fact-checker to publish \(one ? "it" : "them")); write "
                + (one ? "it and mark it" : "them and mark each") + " in its front matter with "
                + purposes.map { "'purpose: \($0.rawValue)'" }.joined(separator: ", ")
        case .invalidTranslationFileName(let name):
            return "translation file '\(name).yml' must be named after a language tag, such as 'fr.yml' or "
                + "'pt-BR.yml'"
        case .unusedTranslation(let language, let siteLanguages):
            return "this file translates the interface into '\(language)', but the site is published in "
                + Self.quotedList(siteLanguages) + ": it is not used"
        case .strayTranslationFile:
            return "this file is not read: translation files are named after their language, such as 'fr.yml', "
                + "directly in content/i18n/"
        case .untranslatedLanguage(let language):
            return "Verity has no interface texts for '\(language)': pages are worded in English; add "
                + "content/i18n/\(language).yml to translate them (docs/i18n/en.yml lists every text)"
        case .untranslatedScale(let language, let keys):
            let shown = Self.shortList(keys)
            let subject =
                keys.count == 1
                ? "verdict or status '\(shown)' has no label in '\(language)' and shows"
                : "\(keys.count) verdicts and statuses (\(shown)) have no label in '\(language)' and show"
            return subject + " in English: list them under 'verdicts:' and 'statuses:' with a label for "
                + "'\(language)', such as 'label: {en: False, \(language): …}'"
        case .missingTexts(let language, let keys):
            let shown = Self.shortList(keys)
            return "Verity has no built-in texts for '\(language)', so this file must give every text; "
                + "\(keys.count) missing: \(shown); copy docs/i18n/en.yml and translate it"
        case .missingPluralForms(let key, let language, let missing):
            return "'\(key)' needs a form for each plural category of '\(language)'; missing: "
                + missing.joined(separator: ", ")
        case .unknownPluralForm(let form, let key, let language, let forms):
            return "'\(key)' has no plural form '\(form)' in '\(language)'; its forms are "
                + forms.joined(separator: ", ")
        case .unknownPlaceholder(let name, let key, let allowed):
            return "unknown placeholder '{\(name)}' in '\(key)'"
                + (allowed.isEmpty
                    ? "; this text takes none" : "; it can use " + allowed.map { "{\($0)}" }.joined(separator: ", "))
        case .missingPlaceholder(let name, let key):
            return "'\(key)' must contain '{\(name)}', where the value goes"
        default:
            return nil
        }
    }
}
