/// Placeholders for badge HTML inside Markdown text, swapped for the HTML after rendering.
///
/// A placeholder is U+E000, the badge's number written with U+E010…U+E019 as digits, then U+E001: private-use
/// characters that cmark-gfm passes through untouched and that no editor types.
struct BadgePlaceholders {
    private var html: [String] = []

    private static let open: Unicode.Scalar = "\u{E000}"
    private static let close: Unicode.Scalar = "\u{E001}"
    private static let zero: UInt32 = 0xE010

    /// Records `badgeHTML` and returns the placeholder to put in the text.
    mutating func add(_ badgeHTML: String) -> String {
        let number = html.count
        html.append(badgeHTML)
        var placeholder = String(Self.open)
        for digit in String(number).unicodeScalars {
            placeholder.unicodeScalars.append(Unicode.Scalar(Self.zero + (digit.value - 48)) ?? Self.close)
        }
        placeholder.unicodeScalars.append(Self.close)
        return placeholder
    }

    /// `rendered` with every placeholder replaced by its badge HTML.
    func substitute(in rendered: String) -> String {
        guard !html.isEmpty, rendered.unicodeScalars.contains(Self.open) else { return rendered }
        var result = String.UnicodeScalarView()
        var pending: [Unicode.Scalar] = []  // an open placeholder's scalars, kept in case it is not one
        var number = 0
        for scalar in rendered.unicodeScalars {
            if scalar == Self.open {
                result.append(contentsOf: pending)
                pending = [scalar]
                number = 0
            } else if !pending.isEmpty, scalar.value >= Self.zero, scalar.value <= Self.zero + 9, number < html.count {
                pending.append(scalar)
                number = number * 10 + Int(scalar.value - Self.zero)
            } else if pending.count > 1, scalar == Self.close, number < html.count {
                result.append(contentsOf: html[number].unicodeScalars)
                pending = []
            } else {
                result.append(contentsOf: pending)
                pending = []
                result.append(scalar)
            }
        }
        result.append(contentsOf: pending)
        return String(result)
    }
}
