import Verity
import VerityTheme

/// The default theme with changes a theme author might make: a marker after every page's content, and
/// optionally a link on standing pages.
struct EditedTheme: Theme {
    var base = DefaultTheme()
    /// The class of an empty paragraph put after every page's content: `<p class="edited"></p>`.
    var marker = ""
    /// A link (relative to a standing page) added to every standing page.
    var standingPageLink: String?
    /// Another font for the share cards.
    var shareCardFont: String?

    var shareCard: ShareCardStyle {
        var style = base.shareCard
        if let shareCardFont { style.fontFamily = shareCardFont }
        return style
    }

    func layout(_ page: LayoutModel, into html: inout HTML, content: (inout HTML) -> Void) {
        base.layout(page, into: &html) { html in
            content(&html)
            if !marker.isEmpty { html.append("<p class=\"\(marker)\"></p>") }
        }
    }

    func index(_ page: IndexModel, into html: inout HTML) { base.index(page, into: &html) }
    func article(_ page: ArticleModel, into html: inout HTML) { base.article(page, into: &html) }
    func tagIndex(_ page: TagIndexModel, into html: inout HTML) { base.tagIndex(page, into: &html) }
    func tag(_ page: TagModel, into html: inout HTML) { base.tag(page, into: &html) }
    func claims(_ page: ClaimsIndexModel, into html: inout HTML) { base.claims(page, into: &html) }
    func author(_ page: AuthorModel, into html: inout HTML) { base.author(page, into: &html) }
    func claimant(_ page: ClaimantModel, into html: inout HTML) { base.claimant(page, into: &html) }
    func corrections(_ page: CorrectionsModel, into html: inout HTML) { base.corrections(page, into: &html) }
    func search(_ page: SearchModel, into html: inout HTML) { base.search(page, into: &html) }
    func notFound(_ page: NotFoundModel, into html: inout HTML) { base.notFound(page, into: &html) }
    func badge(_ badge: BadgeModel, into html: inout HTML) { base.badge(badge, into: &html) }

    func standingPage(_ page: StandingPageModel, into html: inout HTML) {
        base.standingPage(page, into: &html)
        if let standingPageLink { html.append("<p><a href=\"\(standingPageLink)\">x</a></p>\n") }
    }
}
