/// The look of the share card generated for each article: its font and colours, from the theme's palette.
///
/// Colours are CSS hex colours (`#1a1a1a`). The font is named rather than left to the system, so that a card
/// shows the same text on every machine; the build fails when fontconfig does not find it.
public struct ShareCardStyle: Sendable, Hashable {
    /// A verdict's colours: the label's text, its background and its border (and the card's top band).
    public struct Tone: Sendable, Hashable {
        public var text: String
        public var background: String
        public var border: String

        public init(text: String, background: String, border: String) {
            self.text = text
            self.background = background
            self.border = border
        }
    }

    /// A font family fontconfig knows, such as `DejaVu Sans` (Debian's `fonts-dejavu-core`).
    public var fontFamily: String
    public var background: String
    public var text: String
    /// The site title's colour.
    public var muted: String
    /// For an article without claims (a card is rated by its first claim's verdict, as in the site's lists).
    public var neutral: Tone
    /// Each built-in verdict's colours, by key; a verdict with the desk's own colours gets white text on its
    /// `color`, and any other `neutral`.
    public var tones: [String: Tone]

    public init(
        fontFamily: String, background: String, text: String, muted: String, neutral: Tone, tones: [String: Tone]
    ) {
        self.fontFamily = fontFamily
        self.background = background
        self.text = text
        self.muted = muted
        self.neutral = neutral
        self.tones = tones
    }

    /// Black on white in DejaVu Sans, for themes that do not choose.
    public static let plain = ShareCardStyle(
        fontFamily: "DejaVu Sans", background: "#ffffff", text: "#1a1a1a", muted: "#555555",
        neutral: Tone(text: "#1a1a1a", background: "#f0f0f0", border: "#575757"), tones: [:])
}
