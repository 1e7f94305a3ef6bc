/// The look of a site: one template per kind of page, each writing HTML from a typed view model.
///
/// A theme is Swift code compiled into `generate` (the default one is the `VerityTheme` target in
/// `templates/`). Each method appends its page, or its part of one, to `html`; a template that names a field
/// its model does not have, or gives it the wrong type, does not compile. `SiteRenderer` calls `layout` for
/// every HTML page, with the page's own template as `content`.
public protocol Theme: Sendable {
    /// The whole page around its content; `content` writes the page's own part where the layout calls it.
    func layout(_ page: LayoutModel, into html: inout HTML, content: (inout HTML) -> Void)
    /// The home page: the latest fact checks.
    func index(_ page: IndexModel, into html: inout HTML)
    /// One fact check.
    func article(_ page: ArticleModel, into html: inout HTML)
    /// A standing page such as "About".
    func standingPage(_ page: StandingPageModel, into html: inout HTML)
    /// The index of tags.
    func tagIndex(_ page: TagIndexModel, into html: inout HTML)
    /// The fact checks with one tag.
    func tag(_ page: TagModel, into html: inout HTML)
    /// Every claim with its verdict.
    func claims(_ page: ClaimsIndexModel, into html: inout HTML)
    /// One author: who they are and their fact checks.
    func author(_ page: AuthorModel, into html: inout HTML)
    /// One claimant: the tally of our verdicts on their claims, and the claims.
    func claimant(_ page: ClaimantModel, into html: inout HTML)
    /// Every correction and update.
    func corrections(_ page: CorrectionsModel, into html: inout HTML)
    /// The search page: a form its script runs over `search.json`, useful without script as a list of links.
    func search(_ page: SearchModel, into html: inout HTML)
    /// The page static hosts show for a missing URL.
    func notFound(_ page: NotFoundModel, into html: inout HTML)
    /// A source badge; also put inline in article bodies where the editor wrote `[@id]`, so it must be phrasing
    /// content on one line.
    func badge(_ badge: BadgeModel, into html: inout HTML)
    /// The font and colours of the share card generated for each article (`og:image`).
    var shareCard: ShareCardStyle { get }
    /// The theme with its words taken from `text`, the interface texts in the site's language.
    func localized(_ text: InterfaceText) -> Self
}

extension Theme {
    public var shareCard: ShareCardStyle { .plain }

    /// A theme that words its pages itself, in one language.
    public func localized(_ text: InterfaceText) -> Self { self }
}

/// Which template made an HTML page, so that a problem found in the page can be traced to it.
public enum ThemeTemplate: String, Sendable, Hashable, CaseIterable {
    case index, article
    case standingPage = "page"
    case tagIndex = "tags"
    case tag, claims, corrections, search, author, claimant
    case notFound = "404"
}
