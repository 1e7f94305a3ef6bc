/// A party whose response to the claims the article reports, shown as a badge.
public struct Source: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The label of the source's inline badges (`short_name`, else `Source.defaultShortName(for:)`).
    public var shortName: String
    public var status: SourceStatus
    /// When this status was established.
    public var date: ContentDate
    public var said: String?
    public var via: String?
    public var url: WebURL?
    public var archive: WebURL?
    /// The source spoke on condition of anonymity (`anonymous: true`): the badge says "unnamed".
    public var anonymous = false
    /// Whether `date` was reported (`date_reported`, default true) or is the desk's inference.
    public var dateReported = true
    /// Where `status:` is written, for the warning about a source still pending.
    public var statusLocation: SourceLocation?

    /// The longest `short_name`, in characters: three inline badges must fit on one line of a phone.
    static let shortNameLimit = 24

    /// The inline badge's label when `short_name` is not given: the name up to its first comma or
    /// parenthesis ("Donald Trump (Truth Social post)" → "Donald Trump"), shortened at a word to
    /// `shortNameLimit` characters with "…" when it is still longer.
    static func defaultShortName(for name: String) -> String {
        let head = String(name.prefix { $0 != "," && $0 != "(" }).trimmingWhitespace()
        let label = head.isEmpty ? name : head
        guard label.count > shortNameLimit else { return label }
        var kept = ""
        for word in label.split(separator: " ") {
            let next = kept.isEmpty ? String(word) : kept + " " + word
            guard next.count < shortNameLimit else { break }
            kept = next
        }
        return (kept.isEmpty ? String(label.prefix(shortNameLimit - 1)) : kept) + "\u{2026}"
    }
}
