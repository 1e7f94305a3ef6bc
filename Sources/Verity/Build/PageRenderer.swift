/// The render-templates stage: turns rendered content into complete HTML files through the templates.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var config: SiteConfig
    var pages: [Page]
    var faviconPath: String?

    /// Every HTML file of the site, in a stable order.
    func render(_ content: RenderedContent, jobs: Int) -> [OutputFile] {
        var files: [OutputFile] = [renderIndex(content)]
        files += content.articles.parallelMap(jobs: jobs) { article, bodyHTML in
            let context = ArticleContext(article: article, bodyHTML: bodyHTML)
            let html = templates.render(context, with: .article)
            return OutputFile(path: article.slug + "/index.html",
                              contents: layout(body: html, title: article.title, description: article.summary, root: "../", current: nil))
        }
        files += content.pages.map { page, bodyHTML in
            let html = templates.render(PageContext(page: page, bodyHTML: bodyHTML), with: .page)
            return OutputFile(path: page.slug + "/index.html",
                              contents: layout(body: html, title: page.title, description: page.summary ?? config.description,
                                               root: "../", current: page.slug))
        }
        return files
    }

    private func renderIndex(_ content: RenderedContent) -> OutputFile {
        let context = IndexContext(
            siteTitle: config.title, siteDescription: config.description, hasArticles: !content.articles.isEmpty,
            articles: content.articles.map { IndexContext.ArticleSummary(article: $0.article, root: "") })
        let html = templates.render(context, with: .index)
        return OutputFile(path: "index.html", contents: layout(body: html, title: nil, description: config.description, root: "", current: nil))
    }

    private func layout(body: String, title: String?, description: String, root: String, current: String?) -> String {
        let context = LayoutContext(
            language: config.language, siteTitle: config.title, siteDescription: config.description,
            pageTitle: title.map { "\($0) | \(config.title)" } ?? config.title, description: description, root: root,
            homeHref: root.isEmpty ? "./" : root, stylesheetHref: root + "assets/style.css",
            faviconHref: faviconPath.map { root + $0 },
            nav: pages.map { LayoutContext.NavLink(title: $0.title, href: root + $0.slug + "/", isCurrent: $0.slug == current) },
            body: body, isHome: title == nil)
        return templates.render(context, with: .layout)
    }
}
