/// A source-verification badge: a source's name and status, linking to its entry in the source list.
public struct BadgeModel: Sendable {
    public var href: Href
    public var name: String
    public var status: SourceStatus
    /// The source spoke on condition of anonymity: the badge says so ("Confirmed · unnamed").
    public var anonymous: Bool

    init(source: Source) {
        href = Href(site: "#" + PageAnchors.source(source.id))
        name = source.name
        status = source.status
        anonymous = source.anonymous
    }
}
