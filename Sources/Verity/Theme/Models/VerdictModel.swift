/// A verdict as readers see it, in the site's language: what the theme's stamps, meters and charts read.
public struct VerdictModel: Sendable, Hashable {
    /// The key (`mostly-true`), for CSS classes only: readers never see it.
    public var key: String
    public var label: String
    /// A decorative symbol shown with the label (never the only signal).
    public var icon: String
    /// ClaimReview `ratingValue`; `nil` for a verdict off the scale.
    public var ratingValue: Int?
    /// Where the verdict sits on the meter, 1 for the worst-rated; `nil` off the scale.
    public var meterPosition: Int?
    /// How many steps the meter has: from the worst rating to the best.
    public var meterSteps: Int
    /// "4 of 5 on our scale from False to True", the meter's accessible name; `nil` off the scale.
    public var scaleText: String?
    /// What the verdict means, for the methodology page (may be empty).
    public var description: String
    /// The desk's own colours as CSS custom properties (`--tone-light:#…;--tone-dark:#…`) for a `style`
    /// attribute; empty when the style sheet's colours for `key` apply.
    public var style: String
    /// The desk's own fill on the light page (`color` in site.yml), for the share card; `nil` when the theme's
    /// colours for `key` apply.
    public var ownColor: HexColor?
}
