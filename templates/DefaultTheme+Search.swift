import Verity

extension DefaultTheme {
    /// The search page: a form over `search.json`, or without script, ways to browse.
    ///
    /// The form is hidden until `search.js` runs; without it the page says so and lists ways to browse and the
    /// latest fact checks.
    public func search(_ page: SearchModel, into html: inout HTML) {
        html.append(
            """
            <h1>\(text(.navSearch))</h1>
            <form class="search-form" role="search" data-index="\(page.indexHref)"\(searchTexts: text) hidden>
              <label for="search-query">\(text(.searchLabel))</label>
              <input id="search-query" class="search-form__input" type="search" name="q" autocomplete="off" \
            aria-describedby="search-hint">
              <p class="search-form__hint" id="search-hint">\(text(.searchHint))</p>
            </form>
            <p class="search-status" id="search-status" role="status"></p>
            <ul class="search-results" id="search-results" hidden></ul>
            <p class="search-fallback" id="search-fallback">\(text.html(.searchFallback, [
                "claims": "<a href=\"\(page.claimsHref)\">\(text(.searchFallbackClaims))</a>",
                "tags": "<a href=\"\(page.tagsHref)\">\(text(.searchFallbackTags))</a>",
            ]))</p>

            """)
        if !page.latest.isEmpty {
            html.append(
                """
                <section class="search-latest" id="search-latest" aria-labelledby="latest-heading">
                  <h2 id="latest-heading">\(text(.latestHeading))</h2>
                  <ul class="related-list">
                \(each: page.latest, with: articleLink)  </ul>
                </section>

                """)
        }
        html.append("<script src=\"\(page.scriptHref)\" defer></script>\n")
    }

}

extension HTML.StringInterpolation {
    /// The search script's messages as `data-` attributes of its form, in the site's language: `{query}`,
    /// `{count}` and `{shown}` are filled in by the script, which picks the plural form with `Intl.PluralRules`.
    mutating func appendInterpolation(searchTexts text: InterfaceText) {
        let messages: [(String, TextKey)] = [
            ("loading", .searchLoading), ("none", .searchNone), ("more", .searchMore), ("failed", .searchFailed),
        ]
        for (name, key) in messages {
            appendLiteral(" data-\(name)=\"")
            appendInterpolation(text.unfilled(key))
            appendLiteral("\"")
        }
        for form in text.forms(.searchFound) {
            appendLiteral(" data-found-\(form.category)=\"")
            appendInterpolation(form.text)
            appendLiteral("\"")
        }
    }
}
