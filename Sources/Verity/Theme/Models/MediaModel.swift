/// A claim card's media item: what kind it is, how authentic we rated it, where it was shared and what it really
/// shows.
public struct MediaModel: Sendable {
    /// The text naming the kind of media (`Image checked`…).
    public var kindText: TextKey
    /// The text of the authenticity rating, readable (`Taken out of context`…).
    public var ratingText: TextKey
    /// The authenticity rating as written in front matter (`decontextualized`…), for a class name.
    public var ratingKey: String
    /// Where the media was shared; `nil` when the claim's own appearances already link that page.
    public var url: Href?
    /// Its archived copy, when `url` is shown.
    public var archive: Href?
    public var originalContext: String?
    public var originalURL: Href?

    /// The model of `media`, a claim's media item; `appearances` are the pages the claim card already links.
    init(_ media: MediaItem, appearances: [WebURL]) {
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
        let shown = !appearances.contains(media.url)
        url = shown ? Href(media.url) : nil
        archive = shown ? media.archive.map(Href.init) : nil
        originalContext = media.originalContext
        originalURL = media.originalURL.map(Href.init)
    }
}
