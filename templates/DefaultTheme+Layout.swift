import Verity

extension DefaultTheme {
    /// Every HTML page: head with metadata and structured data, site header and navigation, footer.
    public func layout(_ page: LayoutModel, into html: inout HTML, content: (inout HTML) -> Void) {
        html.append(
            """
            <!DOCTYPE html>
            <html lang="\(page.language)"\(direction: text)\(accent: page)>
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="color-scheme" content="light dark">
            \(noindex: page.noindex)  <title>\(page.pageTitle)</title>
              <meta name="description" content="\(page.description)">
              <link rel="canonical" href="\(page.canonicalURL)">

            """)
        for alternate in page.alternates {
            html.append(
                "  <link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(alternate.href)\">\n")
        }
        if let previous = page.previousHref {
            html.append("  <link rel=\"prev\" href=\"\(previous)\">\n")
        }
        if let next = page.nextHref {
            html.append("  <link rel=\"next\" href=\"\(next)\">\n")
        }
        html.append(
            """
              <link rel="alternate" type="application/atom+xml" title="\(page.siteTitle)" href="\(page.feedHref)">

            """)
        if let feed = page.pageFeed {
            html.append(
                """
                  <link rel="alternate" type="application/atom+xml" title="\(feed.title)" href="\(feed.href)">

                """)
        }
        html.append(
            """
              <meta property="og:type" content="\(page.ogType)">
              <meta property="og:site_name" content="\(page.siteTitle)">
              <meta property="og:title" content="\(page.title)">
              <meta property="og:description" content="\(page.description)">
              <meta property="og:url" content="\(page.canonicalURL)">

            """)
        if let image = page.shareImage {
            html.append(
                """
                  <meta property="og:image" content="\(image.url)">
                  <meta property="og:image:width" content="\(image.width)">
                  <meta property="og:image:height" content="\(image.height)">

                """)
            if !image.alt.isEmpty { html.append("  <meta property=\"og:image:alt\" content=\"\(image.alt)\">\n") }
        } else if let image = page.ogImage {
            html.append("  <meta property=\"og:image\" content=\"\(image)\">\n")
        }
        if let published = page.publishedTime {
            html.append("  <meta property=\"article:published_time\" content=\"\(published)\">\n")
        }
        if let modified = page.modifiedTime {
            html.append("  <meta property=\"article:modified_time\" content=\"\(modified)\">\n")
        }
        html.append(
            """
              <meta name="twitter:card" content="\(page.twitterCard)">
              <meta name="twitter:title" content="\(page.title)">
              <meta name="twitter:description" content="\(page.description)">
              <link rel="stylesheet" href="\(page.stylesheetHref)">

            """)
        if let favicon = page.faviconHref {
            html.append("  <link rel=\"icon\" href=\"\(favicon)\">\n")
        }
        for block in page.structuredData {
            html.append("  <script type=\"application/ld+json\">\(block)</script>\n")
        }
        html.append(
            """
            </head>
            <body>
              <a class="skip-link" href="#main">\(text(.skipLink))</a>
              <header class="site-header">
                <div class="wrap">
                  <p class="site-title"><a href="\(page.homeHref)"\(current: page.isHome)>\
            \(logo: page.logo)\(page.siteTitle)</a></p>
                  <nav aria-label="\(text(.siteNavigation))">
                    <ul class="site-nav">\(each: page.nav, with: navLink)</ul>
                  </nav>

            """)
        if !page.editions.isEmpty {
            html.append(
                """
                      <nav aria-label="\(text(.editionsLabel))">
                        <ul class="edition-nav">\(each: page.editions, with: editionLink)</ul>
                      </nav>

                """)
        }
        html.append(
            """
                </div>
              </header>

            """)
        html.append("  <main id=\"main\" class=\"wrap\">\n    ")
        content(&html)
        html.append(
            """

              </main>
              <footer class="site-footer">
                <div class="wrap">
                  <p>\(page.siteDescription)</p>
                  <ul class="footer-links">
                    <li><a href="\(page.searchHref)">\(label(.search))</a></li>
                    <li><a href="\(page.claimsHref)">\(label(.claims))</a></li>
                    <li><a href="\(page.tagsHref)">\(label(.tags))</a></li>
                    <li><a href="\(page.correctionsHref)">\(label(.corrections))</a></li>
                    <li><a href="\(page.feedHref)">\(label(.feed))</a></li>\(each: page.footerLinks, with: footerLink)
                  </ul>
                </div>
              </footer>
            </body>
            </html>

            """)
    }

    /// One link of the site navigation.
    func navLink(_ link: LayoutModel.NavLink, into html: inout HTML) {
        let title = link.section.map(label) ?? link.title
        html.append("<li><a href=\"\(link.href)\"\(current: link.isCurrent)>\(title)</a></li>")
    }

    /// A link to an edition's home page, named in its own language; the page's own edition is marked as the
    /// current one of the set (`true`: the page is not always that home page).
    func editionLink(_ link: LayoutModel.EditionLink, into html: inout HTML) {
        html.append(
            """
            <li><a href="\(link.href)" lang="\(link.language)" hreflang="\(link.language)"\
            \(link.isCurrent ? HTML(" aria-current=\"true\"") : "")>\(link.name)</a></li>
            """)
    }

    /// One of site.yml's footer links, on its own line after the built-in ones.
    func footerLink(_ link: LayoutModel.NavLink, into html: inout HTML) {
        html.append("\n        <li><a href=\"\(link.href)\">\(link.title)</a></li>")
    }

    /// The label of a part of the site, in the footer and, where site.yml's `nav` names it, the header.
    func label(_ section: LayoutModel.Section) -> String {
        switch section {
        case .claims: text(.navClaims)
        case .tags: text(.navTags)
        case .corrections: text(.navCorrections)
        case .search: text(.navSearch)
        case .feed: text(.navFeed)
        }
    }
}

extension HTML.StringInterpolation {
    /// ` dir="rtl"` on the page of a language written right to left, nothing otherwise.
    mutating func appendInterpolation(direction text: InterfaceText) {
        if text.isRightToLeft { appendLiteral(" dir=\"rtl\"") }
    }

    /// The accent colours from site.yml as custom properties on `<html>`, which the style sheet reads; nothing
    /// when site.yml sets none.
    mutating func appendInterpolation(accent page: LayoutModel) {
        var properties: [String] = []
        if let color = page.accentColor { properties.append("--accent:\(color)") }
        if let color = page.accentColorDark { properties.append("--accent-dark:\(color)") }
        guard !properties.isEmpty else { return }
        appendLiteral(" style=\"")
        appendInterpolation(properties.joined(separator: ";"))
        appendLiteral("\"")
    }

    /// The desk's logo before the site's title in the header, nothing without one.
    mutating func appendInterpolation(logo: LayoutModel.Logo?) {
        guard let logo else { return }
        appendLiteral("<img class=\"site-logo\" src=\"")
        appendInterpolation(logo.src)
        appendLiteral("\" alt=\"")
        appendInterpolation(logo.alt)
        appendLiteral("\"")
        if let width = logo.width { appendLiteral(" width=\"\(width)\"") }
        if let height = logo.height { appendLiteral(" height=\"\(height)\"") }
        appendLiteral(">")
    }
}

extension HTML.StringInterpolation {
    /// ` aria-current="page"` on the link to the page being shown, nothing on the others.
    mutating func appendInterpolation(current: Bool) {
        if current { appendLiteral(" aria-current=\"page\"") }
    }
}

extension HTML.StringInterpolation {
    /// The robots `noindex` line of a draft's head, nothing for published pages.
    mutating func appendInterpolation(noindex: Bool) {
        if noindex { appendLiteral("  <meta name=\"robots\" content=\"noindex\">\n") }
    }
}
