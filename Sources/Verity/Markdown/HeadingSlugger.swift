/// Makes unique, readable anchor ids from heading text ("What NATO said" → `what-nato-said`).
struct HeadingSlugger {
    private var used: Set<String>
    /// The last suffix given to each slug, so that the thousandth "Update" heading does not try 999 ids first.
    private var lastSuffix: [String: Int] = [:]

    /// A slugger that never returns one of `reserved` (claim ids, source anchors and the like).
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The id for a heading with `text`, made unique by a `-1`, `-2`… suffix.
    ///
    /// Letters and digits are kept, lowercased, with the combining marks written on them (a Devanagari virama,
    /// an accent typed as a separate character); every run of spaces of any kind (no-break, ideographic…),
    /// hyphens and underscores becomes one hyphen; anything else is left out.
    mutating func id(for text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        // Whether the last scalar was kept: a mark is kept only on a kept letter, digit or mark.
        var previousKept = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
                previousKept = true
            } else if Self.isMark(scalar) {
                if previousKept { slug.unicodeScalars.append(scalar) }
            } else {
                if scalar.properties.generalCategory == .spaceSeparator || scalar == "-" || scalar == "_"
                    || scalar == "\t"
                {
                    pendingHyphen = true
                }
                previousKept = false
            }
        }
        if slug.isEmpty { slug = "section" }
        // cmark-gfm numbers footnotes fn-1, fnref-1…: keep headings clear of those.
        if slug.hasPrefix("fn-") || slug.hasPrefix("fnref-") { slug = "section-" + slug }
        var candidate = slug
        var counter = lastSuffix[slug] ?? 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(slug)-\(counter)"
        }
        lastSuffix[slug] = counter
        used.insert(candidate)
        return candidate
    }

    /// Whether `scalar` is a combining mark (nonspacing, spacing or enclosing).
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
