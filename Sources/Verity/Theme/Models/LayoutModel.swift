/// What the layout template reads: everything around a page's own content.
public struct LayoutModel: Sendable {
    /// A link in the site navigation.
    public struct NavLink: Sendable {
        public var title: String
        public var href: Href
        /// Whether the link is to the page being shown (`aria-current`).
        public var isCurrent: Bool
        /// A part of the site whose label the theme words (`title` is then empty); `nil` for a standing page or
        /// a link from site.yml.
        public var section: Section? = nil
        /// The page path the link leads to, to mark it as current; `nil` for links out of the site's pages.
        var target: String? = nil
    }

    /// The parts of the site that site.yml's `nav` can put in the header.
    public enum Section: Sendable {
        case claims, tags, corrections, search, feed
    }

    /// The desk's logo in the header (`logo` in site.yml).
    public struct Logo: Sendable {
        public var src: Href
        public var alt: String
        public var width: Int?
        public var height: Int?
    }

    /// Another edition's version of the page, for `<link rel="alternate" hreflang>`.
    public struct Alternate: Sendable {
        /// A BCP 47 tag, or `x-default`.
        public var language: String
        /// Its absolute URL.
        public var href: Href
    }

    /// A feed of the page's own (the corrections feed), for `<link rel="alternate" type="application/atom+xml">`.
    public struct Feed: Sendable {
        public var title: String
        public var href: Href
    }

    /// A link to an edition's home page, for the header of a site of several editions.
    public struct EditionLink: Sendable {
        public var language: String
        /// The language's name in that language ("Français").
        public var name: String
        public var href: Href
        /// Whether the page is in that edition.
        public var isCurrent: Bool
    }

    /// The page's language: its edition's (`site.yml`'s `language` for the main edition).
    public var language: String
    public var siteTitle: String
    public var siteDescription: String
    /// The full `<title>` text.
    public var pageTitle: String
    /// The page's own title (without the site's), for Open Graph and Twitter cards.
    public var title: String
    public var description: String
    public var homeHref: Href
    public var stylesheetHref: Href
    public var faviconHref: Href?
    public var feedHref: Href
    public var claimsHref: Href
    public var tagsHref: Href
    public var correctionsHref: Href
    /// The search page.
    public var searchHref: Href
    /// The page's absolute URL.
    public var canonicalURL: Href
    /// `website` or `article` (Open Graph).
    public var ogType: String
    /// The publisher's logo as an absolute URL, when site.yml sets one (pages without a `shareImage`).
    public var ogImage: Href?
    /// The page's own large share image (an article's lead image or generated card), for `og:image` and
    /// `twitter:card`; written instead of `ogImage`.
    public var shareImage: ShareImageModel?
    /// For articles: when first published and last modified (RFC 3339).
    public var publishedTime: String?
    public var modifiedTime: String?
    /// For a page of a paginated listing: the pages before and after it (`<link rel="prev">`, `rel="next"`).
    public var previousHref: Href?
    public var nextHref: Href?
    /// JSON-LD blocks, already encoded to be safe inside `<script type="application/ld+json">`.
    public var structuredData: [HTML]
    public var nav: [NavLink]
    /// Links site.yml adds to the footer after the built-in ones.
    public var footerLinks: [NavLink] = []
    public var logo: Logo?
    /// The accent (link) colours from site.yml, `#rrggbb`, for the light and the dark page; `nil` keeps the theme's.
    public var accentColor: String?
    public var accentColorDark: String?
    /// For a translated article: its page in every edition that has it, itself included, and `x-default`.
    public var alternates: [Alternate] = []
    /// The page's own feed, announced after the site's; `nil` on most pages.
    public var pageFeed: Feed?
    /// Every edition's home page, when the site has more than one; empty otherwise.
    public var editions: [EditionLink] = []
    /// Whether this is the home page (its site-title link gets `aria-current`).
    public var isHome: Bool
    /// A draft built with `--drafts`: `<meta name="robots" content="noindex">`.
    public var noindex: Bool

    /// `twitter:card`: a large image for pages with a share image, else a summary beside the logo.
    public var twitterCard: String {
        shareImage == nil ? "summary" : "summary_large_image"
    }
}
