import Mustache

/// What `partials/badge.mustache` renders: a source's name and status, linking to its source-list entry.
struct BadgeContext: Sendable {
    var href: String
    var name: String
    var status: String
    var statusText: String
    var icon: String
    /// The badge already rendered through `partials/badge.mustache` (once per source and article); insert it
    /// with `{{{html}}}` instead of rendering the partial again for every claim card and source entry.
    var html: String

    init(source: Source, html: String = "") {
        self.html = html
        href = "#" + PageAnchors.source(source.id)
        name = source.name
        status = source.status.rawValue
        statusText = source.status.badgeText
        icon = source.status.icon
    }
}

extension BadgeContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "href": self.href
        case "name": self.name
        case "status": self.status
        case "statusText": self.statusText
        case "icon": self.icon
        case "html": self.html
        default: nil
        }
    }
}
