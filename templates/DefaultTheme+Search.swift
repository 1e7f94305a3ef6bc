import Verity

extension DefaultTheme {
    /// The search page: a form over `search.json`, or without script, ways to browse.
    ///
    /// The form is hidden until `search.js` runs; without it the page says so and lists ways to browse and the
    /// latest fact checks.
    public func search(_ page: SearchModel, into html: inout HTML) {
        html.append(
            """
            <h1>Search</h1>
            <form class="search-form" role="search" data-index="\(page.indexHref)" hidden>
              <label for="search-query">Search fact checks</label>
              <input id="search-query" class="search-form__input" type="search" name="q" autocomplete="off" \
            aria-describedby="search-hint">
              <p class="search-form__hint" id="search-hint">Words from a title, summary, claim, claimant or verdict.</p>
            </form>
            <p class="search-status" id="search-status" role="status"></p>
            <ul class="search-results" id="search-results" hidden></ul>
            <p class="search-fallback" id="search-fallback">Searching needs JavaScript, which is off or has not \
            loaded. You can browse <a href="\(page.claimsHref)">every claim with its verdict</a> or \
            <a href="\(page.tagsHref)">the fact checks by tag</a>, or start from the latest ones below.</p>

            """)
        if !page.latest.isEmpty {
            html.append(
                """
                <section class="search-latest" id="search-latest" aria-labelledby="latest-heading">
                  <h2 id="latest-heading">Latest fact checks</h2>
                  <ul class="related-list">
                \(each: page.latest, with: articleLink)  </ul>
                </section>

                """)
        }
        html.append("<script src=\"\(page.scriptHref)\" defer></script>\n")
    }

}
