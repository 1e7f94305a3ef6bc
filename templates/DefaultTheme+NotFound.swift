import Verity

extension DefaultTheme {
    /// The page static hosts serve for a missing URL.
    public func notFound(_ page: NotFoundModel, into html: inout HTML) {
        html.append(
            """
            <h1>\(text(.notFoundHeading))</h1>
            <p>\(text(.notFoundText))</p>
            <p>\(text.html(.notFoundLinks, [
                "home": "<a href=\"\(page.homeHref)\">\(text(.notFoundHome))</a>",
                "claims": "<a href=\"\(page.claimsHref)\">\(text(.notFoundClaims))</a>",
            ]))</p>

            """)
    }
}
