/// One entry of an article's source list.
public struct SourceEntryModel: Sendable {
    /// The entry's `id` attribute, which badges link to.
    public var anchor: String
    public var name: String
    public var badge: BadgeModel
    /// When the source's status was established.
    public var date: DateModel
    /// Whether `date` was reported, or is the desk's inference (shown as "by <date>").
    public var dateReported: Bool
    public var said: String?
    public var via: String?
    public var url: Href?
    public var archive: Href?

    init(source: Source, badge: BadgeModel, dates: DateLanguage) {
        anchor = PageAnchors.source(source.id)
        name = source.name
        self.badge = badge
        date = DateModel(source.date, in: dates)
        dateReported = source.dateReported
        said = source.said
        via = source.via
        url = source.url.map(Href.init)
        archive = source.archive.map(Href.init)
    }
}
