import Foundation

/// Renders the share cards of one build into the sink, on any thread; a card whose SVG is unchanged since the
/// last build (and whose file is untouched) is kept, not drawn again.
///
/// The card's font is looked for once, before the first card that needs drawing: without it the build fails
/// with one error instead of one per article.
final class ShareCardWriter: @unchecked Sendable {
    private let fontFamily: String
    private let lock = NSLock()
    private var fontFound: Bool?

    init(fontFamily: String) {
        self.fontFamily = fontFamily
    }

    /// Whether the font was looked for and not found.
    var fontMissing: Bool {
        lock.withLock { fontFound == false }
    }

    /// Writes `card` into `sink`; returns the problem, located at `article`'s file, when it cannot be drawn.
    ///
    /// A missing font is not reported here but by `fontMissing`, once.
    func write(_ card: ShareCard, of article: Article, into sink: OutputSink) -> Diagnostic? {
        var key = ContentHash()
        key.add("share card")
        key.add(RSVG.libraryVersions)
        key.add(card.svg)
        do {
            try sink.acceptMade(path: card.path, inputHash: key.value) { () throws(RSVG.Failure) -> [UInt8] in
                guard hasFont() else { throw RSVG.Failure(reason: "") }
                return try RSVG.png(svg: card.svg, width: ShareCard.width, height: ShareCard.height)
            }
        } catch {
            guard !fontMissing else { return nil }
            return Diagnostic(
                .cannotRenderShareCard(card.path, reason: error.reason), at: SourceLocation(path: article.body.path))
        }
        return nil
    }

    private func hasFont() -> Bool {
        lock.withLock {
            if let fontFound { return fontFound }
            let found = RSVG.hasFont(family: fontFamily)
            fontFound = found
            return found
        }
    }
}
