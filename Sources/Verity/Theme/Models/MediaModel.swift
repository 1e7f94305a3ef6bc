/// A claim card's media item: what kind it is, how authentic we rated it, where it was shared and what it really
/// shows.
public struct MediaModel: Sendable {
    /// The text naming the kind of media (`Image checked`…).
    public var kindText: TextKey
    /// The text of the authenticity rating, readable (`Taken out of context`…).
    public var ratingText: TextKey
    /// The authenticity rating as written in front matter (`decontextualized`…), for a class name.
    public var ratingKey: String
    /// Where the media was shared.
    public var url: Href
    public var archive: Href?
    public var originalContext: String?
    public var originalURL: Href?

    init(_ media: MediaItem) {
        kindText =
            switch media.kind {
            case .image: .mediaImage
            case .video: .mediaVideo
            case .audio: .mediaAudio
            }
        ratingText =
            switch media.authenticity {
            case .original: .authenticityOriginal
            case .decontextualized: .authenticityDecontextualized
            case .editedOrCropped: .authenticityEditedOrCropped
            case .transformed: .authenticityTransformed
            case .staged: .authenticityStaged
            case .satireOrParody: .authenticitySatireOrParody
            }
        ratingKey = media.authenticity.rawValue
        url = Href(media.url)
        archive = media.archive.map(Href.init)
        originalContext = media.originalContext
        originalURL = media.originalURL.map(Href.init)
    }
}
