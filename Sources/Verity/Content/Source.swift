/// A party whose response to the claims the article reports, shown as a badge.
public struct Source: Sendable, Hashable {
    public var id: String
    public var name: String
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
}
