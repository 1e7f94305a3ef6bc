import Verity

extension DefaultTheme {
    /// A page of the fact checks with one tag, newest first.
    public func tag(_ page: TagModel, into html: inout HTML) {
        html.append(
            """
            <h1>\(text(.tagHeading, ["tag": page.tag]))\(pageSuffix(page.pagination))</h1>
            <p class="meta">\(page.countText) \u{00B7} <a href="\(page.tagsHref)">\(text(.allTags))</a></p>

            """)
        articleList(page.articles, pagination: page.pagination, into: &html)
        pagination(page.pagination, into: &html)
    }
}
