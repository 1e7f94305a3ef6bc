/// One entry of an article's corrections and updates log.
public struct Update: Sendable, Hashable {
    public var date: ContentDate
    public var note: String
}
