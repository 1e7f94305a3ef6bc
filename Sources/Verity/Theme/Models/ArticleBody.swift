/// An article's body as the article template writes it: cmark-gfm's HTML, with the theme's badge wherever
/// the editor wrote `[@id]`.
///
/// Interpolate it, `\(page.body)`: the HTML goes into the page's buffer as it is, and each badge is written
/// into the same buffer by the theme's `badge` template.
public struct ArticleBody: Sendable {
    /// The body's HTML, with a placeholder for each badge.
    let html: String
    let placeholders: BadgePlaceholders
    /// The badge of each of the article's sources, by source id: made once, for the body, the claim cards and
    /// the source list.
    let badges: [String: BadgeModel]
    let theme: any Theme

    init(
        html: String, placeholders: BadgePlaceholders, sources: [Source], scale: ScaleModels, theme: any Theme,
        text: InterfaceText
    ) {
        self.html = html
        self.placeholders = placeholders
        let unnamed = text(.unnamed)
        badges = Dictionary(
            sources.map { ($0.id, BadgeModel(source: $0, scale: scale, unnamedLabel: unnamed)) },
            uniquingKeysWith: { first, _ in first })
        self.theme = theme
    }
}

extension HTML {
    /// Appends `body`, its badges written by its theme.
    mutating func appendBody(_ body: ArticleBody) {
        body.placeholders.walk(
            body.html, text: { append(utf8: $0) },
            badge: { ids in
                var first = true
                for id in ids {
                    guard let badge = body.badges[id] else { continue }
                    if !first { append(markup: " ") }
                    first = false
                    body.theme.badge(badge, into: &self)
                }
            })
    }
}

extension HTML.StringInterpolation {
    /// An article's body with its badges: `\(page.body)`.
    public mutating func appendInterpolation(_ body: ArticleBody) {
        html.appendBody(body)
    }
}
