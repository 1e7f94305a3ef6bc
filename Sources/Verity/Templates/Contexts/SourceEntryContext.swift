import Mustache

/// One entry of an article's source list (`partials/source-list.mustache`).
struct SourceEntryContext: Sendable {
    var id: String
    /// The entry's `id` attribute, which badges link to.
    var anchor: String
    var name: String
    var badge: BadgeContext
    var dateISO: String
    var dateText: String
    var said: String?
    var via: String?
    var url: String?
    var archive: String?
    /// Whether `url` or `archive` is set.
    var hasLinks: Bool

    init(source: Source, badgeHTML: String = "") {
        id = source.id
        anchor = PageAnchors.source(source.id)
        name = source.name
        badge = BadgeContext(source: source, html: badgeHTML)
        dateISO = source.date.text
        dateText = source.date.displayText
        said = source.said
        via = source.via
        url = source.url
        archive = source.archive
        hasLinks = source.url != nil || source.archive != nil
    }
}

extension SourceEntryContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "anchor": self.anchor
        case "name": self.name
        case "badge": self.badge
        case "dateISO": self.dateISO
        case "dateText": self.dateText
        case "said": self.said
        case "via": self.via
        case "url": self.url
        case "archive": self.archive
        case "hasLinks": self.hasLinks
        default: nil
        }
    }
}
