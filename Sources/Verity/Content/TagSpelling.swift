/// A tag as an article's front matter writes it: `City Council`, whose slug is `city-council`.
public struct TagSpelling: Sendable, Hashable {
    /// `[a-z0-9-]+`: the tag's URL.
    public var slug: String
    /// The text written, which is the tag's name unless site.yml's `tags` gives it one.
    public var written: String
    var location: SourceLocation
}
