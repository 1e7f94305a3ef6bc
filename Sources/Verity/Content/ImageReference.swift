/// An image named in front matter: an article's lead image (`image:`) or a claim's `appearance_image:`.
public struct ImageReference: Sendable, Hashable {
    /// The path as written, relative to the article file.
    public var src: String
    /// Where `src` is written, for the errors of a file that is missing, outside content/ or damaged.
    public var srcLocation: SourceLocation
    /// The text alternative; empty only for a decorative image.
    public var alt: String
    public var caption: String?
    public var credit: String?
    /// Set by `decorative: true` (lead images only): the image adds nothing the text does not say.
    public var decorative: Bool
    /// The file found and measured by the validate stage; `nil` before it (the build cache does not keep it,
    /// since the file may change while the article does not).
    public var file: ImageFile?
}
