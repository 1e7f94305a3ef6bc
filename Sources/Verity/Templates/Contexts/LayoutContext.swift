import Mustache

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
    /// The full `<title>` text.
    var pageTitle: String
    /// The page's own title (without the site's), for Open Graph and Twitter cards.
    var title: String
    var description: String
    /// The relative path from the page to the site root: `""`, `"../"`, `"../../"` (or `base_url`'s path on 404.html).
    var root: String
    var homeHref: String
    var stylesheetHref: String
    var faviconHref: String?
    var feedHref: String
    var claimsHref: String
    var tagsHref: String
    var correctionsHref: String
    /// The page's absolute URL.
    var canonicalURL: String
    /// `website` or `article`.
    var ogType: String
    /// The publisher's logo as an absolute URL, when site.yml sets one.
    var ogImage: String?
    /// For articles: when first published and last modified (RFC 3339).
    var publishedTime: String?
    var modifiedTime: String?
    /// JSON-LD blocks, already encoded for a `<script>` element (insert with `{{{.}}}`).
    var structuredData: [String]
    var nav: [NavLink]
    var body: String
    var isHome: Bool
}

extension LayoutContext: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "language": self.language
        case "siteTitle": self.siteTitle
        case "siteDescription": self.siteDescription
        case "pageTitle": self.pageTitle
        case "title": self.title
        case "description": self.description
        case "root": self.root
        case "homeHref": self.homeHref
        case "stylesheetHref": self.stylesheetHref
        case "faviconHref": self.faviconHref
        case "feedHref": self.feedHref
        case "claimsHref": self.claimsHref
        case "tagsHref": self.tagsHref
        case "correctionsHref": self.correctionsHref
        case "canonicalURL": self.canonicalURL
        case "ogType": self.ogType
        case "ogImage": self.ogImage
        case "publishedTime": self.publishedTime
        case "modifiedTime": self.modifiedTime
        case "structuredData": self.structuredData
        case "nav": self.nav
        case "body": self.body
        case "isHome": self.isHome
        default: nil
        }
    }
}

extension LayoutContext.NavLink: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}
