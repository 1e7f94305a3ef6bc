import Verity

extension DefaultTheme {
    /// The page static hosts serve for a missing URL.
    public func notFound(_ page: NotFoundModel, into html: inout HTML) {
        html.append(
            """
            <h1>Page not found</h1>
            <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
            <p><a href="\(page.homeHref)">Go to the latest fact checks</a> or \
            <a href="\(page.claimsHref)">browse every claim</a>.</p>

            """)
    }
}
