/// One verdict of a site's scale: its key in front matter, how readers see it and where it sits on the scale.
public struct VerdictDefinition: Sendable, Hashable {
    /// What front matter writes (`verdict: mostly-true`): a slug.
    public var key: String
    /// The label readers see, also ClaimReview's `alternateName`.
    public var label: LocalizedText
    /// A short decorative symbol shown with the label (never the only signal).
    public var icon: String
    /// The stamp's fill on the light page, under white text.
    public var color: HexColor
    /// The stamp's fill on the dark page, under near-black text.
    public var colorDark: HexColor
    /// ClaimReview `ratingValue`; `nil` for a verdict off the scale (label only).
    public var rating: Int?
    /// What the verdict means, for the methodology page.
    public var description: LocalizedText
}
