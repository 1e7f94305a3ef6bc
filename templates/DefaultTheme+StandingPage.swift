import Verity

extension DefaultTheme {
    /// A standing page such as "About" or "Methodology".
    public func standingPage(_ page: StandingPageModel, into html: inout HTML) {
        html.append(
            """
            <article class="page">
              <header class="article__header">
                <h1>\(page.title)</h1>

            """)
        if let summary = page.summary, !summary.isEmpty {
            html.append("    <p class=\"lede\">\(summary)</p>\n")
        }
        html.append(
            """
              </header>
              <div class="prose">
                \(page.body)
              </div>
            </article>

            """)
    }
}
