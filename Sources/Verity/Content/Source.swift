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
    /// Where `status:` is written, for the warning about a source still pending.
    public var statusLocation: SourceLocation?
}
