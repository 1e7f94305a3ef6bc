/// A source-verification badge: a source's name and status, linking to its entry in the source list.
public struct BadgeModel: Sendable {
    public var href: Href
    public var name: String
    /// The compact label of inline badges (`short_name`, or a default made from the name).
    public var shortName: String
    public var status: StatusModel
    /// The source spoke on condition of anonymity: the badge says so ("Confirmed · unnamed").
    public var anonymous: Bool
    /// What marks an anonymous source in the site's language ("unnamed").
    public var unnamedLabel: String

    init(source: Source, scale: ScaleModels, unnamedLabel: String) {
        self.unnamedLabel = unnamedLabel
        href = Href(site: "#" + PageAnchors.source(source.id))
        name = source.name
        shortName = source.shortName
        status = scale.status(source.status)
        anonymous = source.anonymous
    }

    /// The status in words, "Confirmed · unnamed" for a source that spoke on condition of anonymity.
    public var statusText: String {
        status.label + (anonymous ? " \u{00B7} " + unnamedLabel : "")
    }

    /// The full text, "NATO spokesperson · Confirmed · unnamed": what the compact badge's short label stands for.
    public var fullText: String {
        name + " \u{00B7} " + statusText
    }

    /// What the compact badge adds for screen readers after its short label: the rest of `fullText`.
    public var hiddenText: String {
        (shortName == name ? "" : " \u{00B7} " + name) + " \u{00B7} " + statusText
    }
}
