/// Typographic punctuation for front-matter text, as cmark-gfm's smart option writes a body's, with the quotation
/// marks of the site's language.
///
/// Straight quotes become curly ones (an apostrophe, as in don't and l'OTAN, becomes ’), `--` an en dash, `---` an
/// em dash and `...` an ellipsis, by cmark-gfm 0.29's own rules (`curled(_:)`), then the double quotes those of
/// the language (`QuoteStyle`), as the body's are: the same phrase reads the same in a title and in the text.
/// Front matter is plain text, not Markdown, so `*`, `` ` `` and `\` are characters like any other; web addresses
/// (`https://…`, `www.…`) are left as they are, as the body's autolinks are.
public struct SmartPunctuation: Sendable, Hashable {
    /// The language's quotation marks; `nil` when smart punctuation is off (`smart_punctuation: false`).
    public var quotes: QuoteStyle?

    /// Smart punctuation for the BCP 47 tag `language`, or none when `enabled` is false.
    public init(language: String, enabled: Bool = true) {
        quotes = enabled ? QuoteStyle(language: language) : nil
    }

    /// No smart punctuation: text stays as typed.
    public static let off = SmartPunctuation(language: "", enabled: false)

    /// `text` with typographic punctuation in the language's style.
    public func apply(_ text: String) -> String {
        guard let quotes else { return text }
        var localizer = QuoteStyle.Localizer(quotes)
        return localizer.localize(Self.curled(text))
    }

    /// `text` with `apply(_:)` when there is one.
    public func apply(_ text: String?) -> String? {
        text.map { apply($0) }
    }

    /// `text` as cmark-gfm's smart punctuation writes a paragraph of plain text: “ ” ‘ ’ – — … .
    ///
    /// A quote opens when it is left-flanking and not right-flanking (CommonMark's delimiter rules, with cmark's
    /// Unicode space and punctuation tables) and does not follow `]` or `)`, and closes when it is
    /// right-flanking; each closer turns the nearest opener of its kind before it (if any, and not one skipped
    /// by an earlier unmatched closer) into an opening mark. An opener matched by no closer stays “ for a double
    /// quote and ’ for a single one, as does every other single quote. A run of hyphens becomes em dashes when
    /// its length divides by 3, else en dashes when by 2, else em dashes then one or two en dashes; `...`
    /// becomes … and `..` stays.
    static func curled(_ text: String) -> String {
        // Only quotes, and runs of two or more hyphens or periods, change: most texts have none of them.
        var previous: UInt8 = 0
        guard
            text.utf8.contains(where: { byte in
                defer { previous = byte }
                return byte == 0x22 || byte == 0x27 || (byte == 0x2D || byte == 0x2E) && byte == previous
            })
        else { return text }
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var delimiters: [Delimiter] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let end = webAddressEnd(in: scalars, at: index) {
                pieces.append(String(String.UnicodeScalarView(scalars[index..<end])))
                index = end
                continue
            }
            switch scalar {
            case "\"", "'":
                let before = index == 0 ? "\n" : scalars[index - 1]
                let after = index + 1 == scalars.count ? "\n" : scalars[index + 1]
                let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
                let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
                let canOpen = left && !right && before != "]" && before != ")"
                let canClose = right
                let double = scalar == "\""
                pieces.append(double ? (canClose ? "\u{201D}" : "\u{201C}") : "\u{2019}")
                if canOpen || canClose {
                    delimiters.append(
                        Delimiter(piece: pieces.count - 1, double: double, canOpen: canOpen, canClose: canClose))
                }
                index += 1
            case "-":
                var end = index
                while end < scalars.count, scalars[end] == "-" { end += 1 }
                pieces.append(dashes(end - index))
                index = end
            case "." where index + 1 < scalars.count && scalars[index + 1] == ".":
                let three = index + 2 < scalars.count && scalars[index + 2] == "."
                pieces.append(three ? "\u{2026}" : "..")
                index += three ? 3 : 2
            default:
                pieces.append(String(scalar))
                index += 1
            }
        }
        pairQuotes(delimiters, in: &pieces)
        return pieces.joined()
    }

    /// A quote that may open or close a quotation, and the piece of text it is.
    private struct Delimiter {
        var piece: Int
        var double: Bool
        var canOpen: Bool
        var canClose: Bool
    }

    /// cmark-gfm's `process_emphasis` for quotes alone: each closer, in order, looks back for the nearest opener of
    /// its kind, no further than where the last unmatched closer of its kind stood; a closer that finds none is
    /// dropped from the list and sets that limit. (A matched opener stays in the list, as in cmark-gfm 0.29.)
    private static func pairQuotes(_ delimiters: [Delimiter], in pieces: inout [String]) {
        guard !delimiters.isEmpty else { return }
        // A doubly linked list by index, as cmark-gfm's; -1 is the end.
        var previous = Array(-1..<(delimiters.count - 1))
        var next = Array(1...delimiters.count)
        next[delimiters.count - 1] = -1
        // The limit of each kind's search (the delimiter it stops at; -1: the start), single then double.
        var bottom = [-1, -1]
        var closer = 0
        while closer != -1 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = next[closer]
                continue
            }
            let kind = current.double ? 1 : 0
            var opener = previous[closer]
            while opener != -1, opener != bottom[kind] {
                if delimiters[opener].canOpen, delimiters[opener].double == current.double { break }
                opener = previous[opener]
            }
            let found = opener != -1 && opener != bottom[kind]
            pieces[current.piece] = current.double ? "\u{201D}" : "\u{2019}"
            if found { pieces[delimiters[opener].piece] = current.double ? "\u{201C}" : "\u{2018}" }
            let matched = closer
            closer = next[closer]
            guard !found else { continue }
            bottom[kind] = previous[matched]
            if !current.canOpen {
                if previous[matched] != -1 { next[previous[matched]] = next[matched] }
                if next[matched] != -1 { previous[next[matched]] = previous[matched] }
            }
        }
    }

    /// A run of `count` hyphens as cmark-gfm writes it.
    private static func dashes(_ count: Int) -> String {
        guard count > 1 else { return "-" }
        let (em, en) =
            count % 3 == 0
            ? (count / 3, 0)
            : count % 2 == 0 ? (0, count / 2) : count % 3 == 2 ? ((count - 2) / 3, 1) : ((count - 4) / 3, 2)
        return String(repeating: "\u{2014}", count: em) + String(repeating: "\u{2013}", count: en)
    }

    /// Where the web address starting at `index` ends, as cmark-gfm's autolink extension finds one
    /// (`http://`, `https://`, `ftp://` after no letter, `www.` at the start or after a space or one of `*_~(`),
    /// up to a space or `<`, without its trailing punctuation; `nil` when none starts there.
    private static func webAddressEnd(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let starts =
            scalars[index] == "h" || scalars[index] == "H" || scalars[index] == "f" || scalars[index] == "F"
            || scalars[index] == "w" || scalars[index] == "W"
        guard starts else { return nil }
        let before: Unicode.Scalar? = index == 0 ? nil : scalars[index - 1]
        let head = String(String.UnicodeScalarView(scalars[index..<min(index + 8, scalars.count)])).lowercased()
        let scheme = ["http://", "https://", "ftp://"].first { head.hasPrefix($0) }
        if let scheme {
            guard before.map({ !$0.properties.isAlphabetic }) ?? true,
                index + scheme.count < scalars.count,
                !isSpace(scalars[index + scheme.count]), !isPunctuation(scalars[index + scheme.count])
            else { return nil }
        } else {
            guard head.hasPrefix("www."), before.map({ isSpace($0) || "*_~(".unicodeScalars.contains($0) }) ?? true
            else { return nil }
        }
        var end = index
        while end < scalars.count, !isSpace(scalars[end]), scalars[end] != "<" { end += 1 }
        while end > index {
            let last = scalars[end - 1]
            if "?!.,:*_~'\";".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ")" {
                let closing = scalars[index..<end].filter { $0 == ")" }.count
                let opening = scalars[index..<end].filter { $0 == "(" }.count
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        let minimum = index + (scheme?.count ?? 4) + 1
        return end >= minimum ? end : nil
    }

    /// cmark-gfm's `cmark_utf8proc_is_space`.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9, 10, 12, 13, 32, 160, 5760, 8192...8202, 8239, 8287, 12288: true
        default: false
        }
    }

    /// cmark-gfm's `cmark_utf8proc_is_punctuation`: ASCII punctuation, and Unicode's punctuation categories
    /// (P*) beyond it.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return asciiPunctuation(scalar) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// C's `ispunct` in the C locale: printable, not a letter, digit or space.
    private static func asciiPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (33...47).contains(scalar.value) || (58...64).contains(scalar.value) || (91...96).contains(scalar.value)
            || (123...126).contains(scalar.value)
    }
}
