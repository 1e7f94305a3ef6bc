/// The image a page offers to social networks (`og:image`, `twitter:card summary_large_image`).
public struct ShareImageModel: Sendable {
    /// The image's absolute URL.
    public var url: Href
    public var width: Int
    public var height: Int
    /// The text alternative; empty for a decorative image (then no `og:image:alt` is written).
    public var alt: String
}
