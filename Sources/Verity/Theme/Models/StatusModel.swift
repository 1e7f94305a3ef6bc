/// A source status as readers see it, in the site's language: what the theme's notes and badges read.
public struct StatusModel: Sendable, Hashable {
    /// The key (`no-comment`), for CSS classes only: readers never see it.
    public var key: String
    /// The status in words ("Declined to comment").
    public var label: String
    /// A decorative symbol shown before the label (never the only signal).
    public var icon: String
    /// Whether the status leaves the point open: drawn with a dashed outline.
    public var uncertain: Bool
    /// What the status means, for the methodology page (may be empty).
    public var description: String
    /// The desk's own colours and outline as CSS custom properties (`--ink-light:#…;--ink-dark:#…;--outline:…`)
    /// for a `style` attribute; empty when the style sheet's rules for `key` apply.
    public var style: String
}
