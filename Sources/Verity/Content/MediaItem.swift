/// An image, video or audio clip that a claim is about (`media:` on a claim), for schema.org's `MediaReview`.
///
/// The claim keeps its own ClaimReview: MediaReview complements ClaimReview, it does not replace it.
public struct MediaItem: Sendable, Hashable {
    public var kind: Kind
    /// Where the media was shared (a post, a page).
    public var url: WebURL
    /// An archived copy of `url`.
    public var archive: WebURL?
    /// The day it was shared there.
    public var date: ContentDate?
    public var authenticity: Authenticity
    /// What the media really shows: where, when and by whom it was first made or published.
    public var originalContext: String?
    /// The original media, or a page that shows it in its true context.
    public var originalURL: WebURL?

    /// The kind of media: schema.org's `ImageObject`, `VideoObject` or `AudioObject`.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case image, video, audio

        /// The schema.org type of one appearance of the media.
        var schemaType: String {
            switch self {
            case .image: "ImageObject"
            case .video: "VideoObject"
            case .audio: "AudioObject"
            }
        }
    }

    /// How authentic the media is as it was shared: schema.org's `MediaManipulationRatingEnumeration`, written in
    /// front matter in kebab case.
    public enum Authenticity: String, CaseIterable, Sendable, Hashable {
        case original
        case decontextualized
        case editedOrCropped = "edited-or-cropped"
        case transformed
        case staged
        case satireOrParody = "satire-or-parody"

        /// The schema.org enumeration member's name.
        public var schemaName: String {
            switch self {
            case .original: "OriginalMediaContent"
            case .decontextualized: "DecontextualizedContent"
            case .editedOrCropped: "EditedOrCroppedContent"
            case .transformed: "TransformedContent"
            case .staged: "StagedContent"
            case .satireOrParody: "SatireOrParodyContent"
            }
        }

        /// The enumeration member as a full schema.org URL, the form JSON-LD readers resolve unambiguously.
        var schemaURL: String {
            "https://schema.org/" + schemaName
        }
    }
}
