/// The share image generated for an article (`og:image`): a 1200 × 630 card with the site's title, the
/// headline and the verdict, written as SVG text here and rendered to PNG by `RSVG`.
///
/// The SVG is the card's whole input: the build cache renders a card again only when its SVG (or the libraries
/// drawing it) changed. Line breaking is done here, by counting characters, so that it is the same everywhere.
struct ShareCard: Sendable, Hashable {
    static let width = 1200
    static let height = 630
    /// The widest headline line, in `units`: about 1,056 pixels of 58-pixel bold DejaVu Sans.
    static let headlineLineUnits = 28
    static let headlineLines = 4
    /// The longest site title and verdict label, in `units`, before they are cut with an ellipsis.
    static let siteTitleUnits = 48
    static let labelUnits = 72

    /// The card's file, relative to output/.
    var path: String
    var svg: String
    /// What the card shows, for `og:image:alt`.
    var altText: String

    init(article: Article, siteTitle: String, style: ShareCardStyle, scale: ScaleModels, text: InterfaceText) {
        self.init(
            slug: article.slug, title: article.title, verdicts: article.claims.map { scale.verdict($0.verdict) },
            siteTitle: siteTitle, style: style, text: text)
        // Beside its page, in its edition's folder.
        path = SiteLinks.editionPrefix(article.edition) + path
    }

    /// The card of the article `slug` titled `title`, whose claims got `verdicts` (in the claims' order).
    init(
        slug: String, title: String, verdicts: [VerdictModel], siteTitle: String, style: ShareCardStyle,
        text: InterfaceText = .english
    ) {
        path = SiteLinks.shareCard(slug)
        let label = Self.verdictLabel(verdicts, text: text)
        // The check's rating is its first claim's verdict, as in the site's lists.
        // A desk's own colour passed the contrast check under white text, as the stamps show it.
        let tone =
            verdicts.first.flatMap { verdict in
                verdict.ownColor.map { ShareCardStyle.Tone(text: "#ffffff", background: $0.text, border: $0.text) }
                    ?? style.tones[verdict.key]
            } ?? style.neutral
        svg = Self.svg(
            title: title, siteTitle: siteTitle, label: label, tone: tone, style: style,
            rightToLeft: text.isRightToLeft)
        altText = text(
            .shareAlt,
            ["site": siteTitle, "title": title, "rating": Self.verdictLabel(verdicts, icon: false, text: text)])
    }

    /// The check's rating as one label: "✘ Verdict: False", or "Fact check" for an article without claims.
    ///
    /// The rating is the first claim's verdict, as in the site's lists: "✘ Verdict: False, and 2 more claims".
    /// Without `icon`, the same words alone (for the card's text alternative).
    static func verdictLabel(_ verdicts: [VerdictModel], icon: Bool = true, text: InterfaceText = .english)
        -> String
    {
        guard let first = verdicts.first else { return text(.shareNoClaims) }
        let more = verdicts.count - 1
        return (icon ? first.icon + " " : "")
            + (more == 0
                ? text(.shareVerdict, ["verdict": first.label])
                : text.counted(.shareVerdictMore, more, ["verdict": first.label]))
    }

    /// The card's SVG; `rightToLeft` mirrors it, every text starting from the right edge.
    private static func svg(
        title: String, siteTitle: String, label: String, tone: ShareCardStyle.Tone, style: ShareCardStyle,
        rightToLeft: Bool = false
    ) -> String {
        let escape = XMLEscaping.escape
        // Texts start 72 pixels in from the side their language starts from (the label's 104, inside its box).
        let (textX, labelX) = rightToLeft ? (width - 72, width - 104) : (72, 104)
        let direction = rightToLeft ? " direction=\"rtl\"" : ""
        let lines = wrap(title, units: headlineLineUnits, lines: headlineLines)
        let headline = lines.enumerated().map { index, line in
            "<tspan x=\"\(textX)\" y=\"\(214 + index * 70)\">\(escape(line))</tspan>"
        }
        let shownLabel = ellipsised(label, units: labelUnits)
        // About 0.68 em per character of bold DejaVu Sans, in the 1,000 pixels the label's box leaves.
        let labelSize = max(20, min(44, 1000 * 100 / (units(shownLabel) * 68)))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="\(escape(style.background))"/>
            <rect width="\(width)" height="16" fill="\(escape(tone.border))"/>
            <g font-family="\(escape(style.fontFamily))"\(direction)>
            <text x="\(textX)" y="104" font-size="34" fill="\(escape(style.muted))">\
            \(escape(ellipsised(siteTitle, units: siteTitleUnits)))</text>
            <text font-size="58" font-weight="bold" fill="\(escape(style.text))">\(headline.joined())</text>
            <rect x="72" y="476" width="1056" height="100" rx="14" fill="\(escape(tone.background))" \
            stroke="\(escape(tone.border))" stroke-width="4"/>
            <text x="\(labelX)" y="\(526 + labelSize * 36 / 100)" font-size="\(labelSize)" font-weight="bold" \
            fill="\(escape(tone.text))">\(escape(shownLabel))</text>
            </g>
            </svg>

            """
    }

    /// `text` broken into lines of at most `units` at spaces (a longer word is cut), at most `lines` of them,
    /// the last ending in an ellipsis when the text does not fit.
    static func wrap(_ text: String, units limit: Int, lines maximum: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if line.isEmpty {
                line = word
            } else if units(line) + 1 + units(word) <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
            // A word longer than a line is cut wherever the line is full.
            while units(line) > limit {
                let head = prefix(line, units: limit)
                lines.append(head)
                line = String(line.dropFirst(head.count))
            }
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > maximum else { return lines }
        var kept = Array(lines.prefix(maximum))
        kept[maximum - 1] = ellipsised(kept[maximum - 1] + " " + lines[maximum], units: limit)
        return kept
    }

    /// `text` when it fits in `units`, else its start and an ellipsis in that room.
    static func ellipsised(_ text: String, units limit: Int) -> String {
        guard units(text) > limit else { return text }
        let head = prefix(text, units: limit - 1)
        return String(head.reversed().drop(while: \.isWhitespace).reversed()) + "\u{2026}"
    }

    /// The longest start of `text` of at most `units` (at least one character).
    private static func prefix(_ text: String, units limit: Int) -> String {
        var head = ""
        var used = 0
        for character in text {
            let width = units(character)
            if used + width > limit, !head.isEmpty { break }
            head.append(character)
            used += width
        }
        return head
    }

    /// The room `text` takes: one unit a character, two for East Asian wide ones (CJK, Hangul, kana).
    static func units(_ text: String) -> Int {
        text.reduce(0) { $0 + units($1) }
    }

    private static func units(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first?.value else { return 1 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(scalar) } ? 2 : 1
    }
}
