/// An image with its size, text alternative and optional caption and credit: an article's lead image or a
/// claim's appearance screenshot.
public struct FigureModel: Sendable {
    /// The file, relative to the article's page (it is copied into the page's folder).
    public var src: Href
    /// The text alternative; empty for a decorative lead image.
    public var alt: String
    public var width: Int
    public var height: Int
    public var caption: String?
    public var credit: String?

    /// `nil` when the image's file was not found (the build then fails anyway).
    init?(_ image: ImageReference?) {
        guard let image, let file = image.file else { return nil }
        src = Href(site: file.href)
        alt = image.alt
        width = file.size.width
        height = file.size.height
        caption = image.caption
        credit = image.credit
    }
}
