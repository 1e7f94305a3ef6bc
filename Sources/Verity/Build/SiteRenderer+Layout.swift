/// The layout around every page: the site-wide header, navigation and footer, and what one page adds to them.
extension SiteRenderer {
    /// What the layout reads for a page.
    func layoutModel(_ meta: PageMeta) -> LayoutModel {
        let root = meta.root(links)
        var model = layouts[root] ?? siteLayout(root: root)
        model.pageTitle = meta.title.map { "\($0) | \(config.title)" } ?? config.title
        model.title = meta.title ?? config.title
        model.description = meta.description
        model.canonicalURL = Href(site: links.url(meta.usesBasePath ? SiteLinks.notFound : meta.path))
        if let article = meta.article {
            model.ogType = "article"
            model.publishedTime = article.publishedTime
            model.modifiedTime = article.modifiedTime
            model.structuredData = article.structuredData
            model.shareImage = article.shareImage
        }
        let current = meta.navigationSlug.map(SiteLinks.page) ?? (meta.usesBasePath ? nil : meta.path)
        for index in model.nav.indices where model.nav[index].target != nil {
            model.nav[index].isCurrent = model.nav[index].target == current
        }
        model.isHome = meta.path.isEmpty && !meta.usesBasePath
        model.noindex = meta.isDraft
        model.previousHref = meta.pagination?.previousHref
        model.nextHref = meta.pagination?.nextHref
        model.alternates = meta.alternates
        model.pageFeed = meta.feed
        return model
    }

    /// The parts of the layout that are the same on every page with links starting from `root`.
    ///
    /// `root` leads to the edition's root (`links.basePath` to the site's, for the 404 page).
    func siteLayout(root: String) -> LayoutModel {
        // The site's root, where the theme's assets and site.yml's paths are: past the edition's folder.
        let siteRoot = root == links.basePath ? root : root + SiteLinks.root(from: links.prefix)
        var model = LayoutModel(
            language: edition.language, siteTitle: config.title, siteDescription: config.description,
            pageTitle: config.title, title: config.title, description: config.description,
            homeHref: Href(site: root.isEmpty ? "./" : root),
            stylesheetHref: Href(site: siteRoot + SiteLinks.assets + "style.css"),
            faviconHref: faviconPath.map { Href(site: siteRoot + $0) },
            feedHref: Href(site: root + SiteLinks.feed), claimsHref: Href(site: root + SiteLinks.claims),
            tagsHref: Href(site: root + SiteLinks.tags), correctionsHref: Href(site: root + SiteLinks.corrections),
            searchHref: Href(site: root + SiteLinks.search),
            canonicalURL: Href(site: links.url("")), ogType: "website",
            ogImage: config.publisher.logo.map { Href(site: links.resolve($0)) }, shareImage: nil, publishedTime: nil,
            modifiedTime: nil, previousHref: nil, nextHref: nil, structuredData: [],
            nav: navLinks(root: root), isHome: false, noindex: false)
        let branding = config.branding
        model.footerLinks = branding.footerLinks.map { link($0, root: siteRoot) }
        model.logo = branding.logo.map {
            LayoutModel.Logo(src: href($0.src, root: siteRoot), alt: $0.alt, width: $0.width, height: $0.height)
        }
        if editions.count > 1 {
            model.editions = editions.map {
                // Another edition's home from the site's root; this one's from its own root.
                let path = $0 == edition ? root : siteRoot + $0.prefix
                return LayoutModel.EditionLink(
                    language: $0.language, name: $0.name, href: Href(site: path.isEmpty ? "./" : path),
                    isCurrent: $0 == edition)
            }
        }
        model.accentColor = branding.accentColor?.text
        model.accentColorDark = branding.accentColorDark?.text
        return model
    }

    /// The header navigation in site.yml's order (by default, the standing pages).
    private func navLinks(root: String) -> [LayoutModel.NavLink] {
        func section(_ section: LayoutModel.Section, _ path: String) -> LayoutModel.NavLink {
            LayoutModel.NavLink(
                title: "", href: Href(site: root + path), isCurrent: false, section: section,
                target: path == SiteLinks.feed ? nil : path)
        }
        return config.branding.nav.flatMap { item -> [LayoutModel.NavLink] in
            switch item {
            case .pages:
                return pages.map {
                    LayoutModel.NavLink(
                        title: $0.title, href: Href(site: root + SiteLinks.page($0.slug)), isCurrent: false,
                        target: SiteLinks.page($0.slug))
                }
            case .claims: return [section(.claims, SiteLinks.claims)]
            case .tags: return [section(.tags, SiteLinks.tags)]
            case .corrections: return [section(.corrections, SiteLinks.corrections)]
            case .search: return [section(.search, SiteLinks.search)]
            case .feed: return [section(.feed, SiteLinks.feed)]
            case .link(let link): return [self.link(link, root: root + SiteLinks.root(from: links.prefix))]
            }
        }
    }

    /// A desk's header or footer link.
    private func link(_ link: SiteBranding.Link, root: String) -> LayoutModel.NavLink {
        LayoutModel.NavLink(title: link.title, href: href(link.href, root: root), isCurrent: false)
    }

    /// A link from site.yml: an http(s) URL as it is, a path from the site's root relative to `root`.
    private func href(_ target: String, root: String) -> Href {
        if let url = WebURL(target) { return Href(url) }
        let path = root + target.dropFirst()
        return Href(site: path.isEmpty ? "./" : path)
    }
}
