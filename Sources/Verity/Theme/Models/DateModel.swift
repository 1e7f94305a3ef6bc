/// A date as a template shows it: the machine form for `datetime` attributes, and the text for readers in
/// the site's language.
public struct DateModel: Sendable, Hashable {
    /// The date as the editor wrote it (`2025-06-26`, or RFC 3339), for `datetime` attributes.
    public var text: String
    /// The date for readers in `site.yml`'s language, such as "26 June 2025" or "26 juin 2025".
    public var displayText: String

    init(_ date: ContentDate, in language: DateLanguage) {
        text = date.text
        displayText = language.text(for: date)
    }
}
