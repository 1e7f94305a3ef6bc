import Verity

extension DefaultTheme {
    /// One page of an author's listing: who they are, then their fact checks, newest first.
    public func author(_ page: AuthorModel, into html: inout HTML) {
        html.append("<header class=\"person\">\n  <h1>\(page.name)\(pageSuffix(page.pagination))</h1>\n")
        if let role = page.role { html.append("  <p class=\"person__role\">\(role)</p>\n") }
        if let bio = page.bio { html.append("  <p class=\"person__bio\">\(bio)</p>\n") }
        if !page.links.isEmpty {
            html.append("  <p class=\"meta person__links\">\(text(.authorLinks)) ")
            for (index, link) in page.links.enumerated() {
                if index > 0 { html.append(" \u{00B7} ") }
                html.append("<a href=\"\(link.href)\" rel=\"noopener\">\(link.text)</a>")
            }
            html.append("</p>\n")
        }
        html.append(
            """
            </header>
            <h2>\(text(.authorChecksHeading, ["author": page.name]))</h2>
            <p class="meta">\(page.countText)</p>

            """)
        guard !page.articles.isEmpty else {
            html.append("<p class=\"empty-state\">\(text(.noFactChecks))</p>\n")
            return
        }
        articleList(page.articles, pagination: page.pagination, into: &html)
        pagination(page.pagination, into: &html)
    }
}
