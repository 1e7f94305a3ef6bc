/// An inline source badge written in Markdown: `[@id]` or `[@a; @b]`.
struct BadgeReference: Equatable {
    /// The written text, e.g. `[@a; @b]`.
    var text: String
    /// Where the reference starts and ends in the searched string.
    var range: Range<String.Index>
    /// The source ids, in order; empty when the reference is malformed.
    var ids: [String]

    /// Finds every `[@…]` in `text`; a `[@` without a closing `]` is left as text.
    static func find(in text: String) -> [BadgeReference] {
        var found: [BadgeReference] = []
        var searchStart = text.startIndex
        while let open = text.range(of: "[@", range: searchStart..<text.endIndex) {
            guard let close = text[open.upperBound...].firstIndex(of: "]") else { break }
            let inner = text[text.index(after: open.lowerBound)..<close]
            if inner.contains("[") {
                searchStart = open.upperBound
                continue
            }
            let range = open.lowerBound..<text.index(after: close)
            found.append(BadgeReference(text: String(text[range]), range: range, ids: parseIDs(inner)))
            searchStart = range.upperBound
        }
        return found
    }

    /// `@a; @b` → `["a", "b"]`, or `[]` when any part is not `@` followed by a valid id.
    private static func parseIDs(_ inner: Substring) -> [String] {
        var ids: [String] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = String(part).trimmingWhitespace()
            guard trimmed.hasPrefix("@") else { return [] }
            let id = String(trimmed.dropFirst())
            guard Identifier.isValid(id) else { return [] }
            ids.append(id)
        }
        return ids
    }
}
