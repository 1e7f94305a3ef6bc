/// One source status a site uses: its key in front matter and how readers see it.
public struct StatusDefinition: Sendable, Hashable {
    /// What front matter writes (`status: no-comment`): a slug.
    public var key: String
    /// The text of the status's note and badge ("Declined to comment").
    public var label: LocalizedText
    /// A short decorative symbol shown before the label (never the only signal).
    public var icon: String
    /// The symbol and outline on the light page.
    public var color: HexColor
    /// The symbol and outline on the dark page.
    public var colorDark: HexColor
    /// Whether the status leaves the point open (no answer, pending, not confirmed): drawn with a dashed outline.
    public var uncertain: Bool
    /// What the status means, for the methodology page.
    public var description: LocalizedText
}
