/// The double quotation marks of a language, which smart punctuation writes in bodies and front matter alike.
///
/// Chosen by `site.yml`'s `language` (BCP 47): French « » with a narrow no-break space (U+202F) inside; German
/// „ “; Swiss German, Spanish, European Portuguese and Arabic « » without spaces; every other language,
/// Brazilian Portuguese (`pt`, `pt-BR`) included, “ ”. Single quotes stay ‘ ’ in every language: cmark-gfm
/// writes an apostrophe (don't, l'OTAN) and a closing single quote as the same ’, so no language's own single
/// quotes (German ‚ ‘) can be put in without turning some apostrophes into quotation marks.
public enum QuoteStyle: String, Sendable, Hashable, CaseIterable {
    /// “ ” (English and any language without an entry).
    case english
    /// « » with a narrow no-break space inside (French).
    case french
    /// „ “ (German).
    case german
    /// « » without spaces (Swiss German, Spanish, European Portuguese, Arabic).
    case guillemets

    /// The style for the BCP 47 tag `tag`, by its language and, for German and Portuguese, its region.
    public init(language tag: String) {
        let subtags = tag.lowercased().split(separator: "-").map(String.init)
        let language = subtags.first ?? ""
        // Region subtags are two letters or three digits, after an optional script subtag (four letters).
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        switch language {
        case "fr": self = .french
        case "de": self = region == "ch" || region == "li" ? .guillemets : .german
        case "es", "ar": self = .guillemets
        case "pt": self = region == "pt" ? .guillemets : .english
        default: self = .english
        }
    }

    /// The opening double quotation mark.
    var opening: Unicode.Scalar {
        switch self {
        case .english: "\u{201C}"
        case .french, .guillemets: "\u{00AB}"
        case .german: "\u{201E}"
        }
    }

    /// The closing double quotation mark.
    var closing: Unicode.Scalar {
        switch self {
        case .english: "\u{201D}"
        case .french, .guillemets: "\u{00BB}"
        case .german: "\u{201C}"
        }
    }

    /// The narrow no-break space French puts inside « ».
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

    /// The marks of a quotation at nesting `level` (0 outermost): the language's own at even levels, “ ” inside
    /// them (French, Spanish and Portuguese quote inside « » with “ ”), except in German, which keeps „ “.
    fileprivate func marks(level: Int) -> (opening: Unicode.Scalar, closing: Unicode.Scalar, spaced: Bool) {
        guard level % 2 == 0 || self == .german else { return ("\u{201C}", "\u{201D}", false) }
        return (opening, closing, self == .french)
    }

    /// Puts a language's double quotation marks into text whose double quotes are typographic (as cmark-gfm's
    /// smart punctuation writes them: “ ”, or typed), one piece of text after another.
    ///
    /// Quotation marks are paired as they nest: a “ opens a quotation and a ” closes the innermost
    /// one; a typed „ or « opens one too (so a German „typed“ quotation stays as it is, its “ closing
    /// it) and a typed » closes one. A “ ” pair gets the marks of its level (`marks(level:)`); typed
    /// „ « » stay, and in French every « and » gets a narrow no-break space inside, in place of a
    /// space already there. A body's text runs go through one localizer per block in document order
    /// and each front-matter text through one of its own, so that a phrase reads the same in both.
    /// English text is returned as it is.
    struct Localizer {
        let style: QuoteStyle
        /// The quotations open so far: whether each was opened by a typed German „, whose closing mark is “.
        private var open: [Bool] = []
        /// The scalar before the one being read, in this block (`nil` at its start).
        private var previous: Unicode.Scalar?

        init(_ style: QuoteStyle) {
            self.style = style
        }

        /// `text` with the marks of the quotations it opens, continues and closes.
        mutating func localize(_ text: String) -> String {
            guard style != .english else { return text }
            guard style.needsLocalizing(text) else {
                previous = text.unicodeScalars.last ?? previous
                return text
            }
            var result = String.UnicodeScalarView()
            var scalars = text.unicodeScalars[...]
            while let scalar = scalars.popFirst() {
                defer { previous = scalar }
                switch scalar {
                case "\u{201C}" where open.last == true && closes(after: previous):
                    open.removeLast()
                    result.append(scalar)
                case "\u{201E}":
                    open.append(true)
                    result.append(scalar)
                case "\u{201C}", "\u{00AB}":
                    let marks = style.marks(level: open.count)
                    open.append(false)
                    // A typed « stays as it is; only French spaces it.
                    result.append(scalar == "\u{00AB}" ? scalar : marks.opening)
                    guard scalar == "\u{00AB}" ? style == .french : marks.spaced else { continue }
                    result.append(QuoteStyle.narrowNoBreakSpace)
                    if let next = scalars.first, QuoteStyle.isSpace(next) { scalars.removeFirst() }
                case "\u{201D}", "\u{00BB}":
                    if !open.isEmpty { open.removeLast() }
                    let marks = style.marks(level: open.count)
                    if scalar == "\u{00BB}" ? style == .french : marks.spaced {
                        if let last = result.last, QuoteStyle.isSpace(last) { result.removeLast() }
                        result.append(QuoteStyle.narrowNoBreakSpace)
                    }
                    result.append(scalar == "\u{00BB}" ? scalar : marks.closing)
                default:
                    result.append(scalar)
                }
            }
            return String(result)
        }

        /// Starts a new block of text: quotations left open in the last one (an unpaired “) end there.
        mutating func endBlock() {
            open.removeAll()
            previous = nil
        }

        /// Whether a “ after `previous`, inside a typed „ quotation, closes it (it follows a word or a mark, as
        /// „so“ does) rather than opening a quotation inside it (after a space or an opening bracket).
        private func closes(after previous: Unicode.Scalar?) -> Bool {
            guard let previous else { return false }
            return !previous.properties.isWhitespace && !"([{".unicodeScalars.contains(previous)
        }
    }

    /// Whether `text` has a double quotation mark a `Localizer` reads (checked on bytes: most text runs have none).
    func needsLocalizing(_ text: String) -> Bool {
        // “ ” „ are E2 80 9C, 9D, 9E; « and » are C2 AB and C2 BB.
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if beforePrevious == 0xE2, previous == 0x80, (0x9C...0x9E).contains(byte) { return true }
            if previous == 0xC2, byte == 0xAB || byte == 0xBB { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The spaces a French « or » may already have inside (typed), which its narrow no-break space replaces.
    fileprivate static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }
}
