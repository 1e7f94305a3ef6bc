/// What `layout.mustache` renders around every page's content.
struct LayoutContext: Sendable {
    /// A link in the site navigation.
    struct NavLink: Sendable {
        var title: String
        var href: String
        var isCurrent: Bool
    }

    var language: String
    var siteTitle: String
    var siteDescription: String
    var pageTitle: String
    var description: String
    /// The relative path from the page to the site root: `""` or `"../"`.
    var root: String
    var homeHref: String
    var stylesheetHref: String
    var faviconHref: String?
    var nav: [NavLink]
    var body: String
    var isHome: Bool

}
