import Verity

extension DefaultTheme {
    /// One page of a claimant's listing: the tally of our verdicts on their claims, then the claims, newest first.
    public func claimant(_ page: ClaimantModel, into html: inout HTML) {
        html.append("<header class=\"person\">\n  <h1>\(page.name)\(pageSuffix(page.pagination))</h1>\n")
        if let title = page.title { html.append("  <p class=\"person__role\">\(title)</p>\n") }
        if let url = page.url, let urlText = page.urlText {
            html.append("  <p class=\"meta person__links\"><a href=\"\(url)\" rel=\"noopener\">\(urlText)</a></p>\n")
        }
        html.append(
            """
              <p class="meta">\(page.countText) \u{00B7} <a href="\(page.claimsHref)">\(text(.navClaims))</a></p>
            </header>
            <section class="verdict-tally" aria-labelledby="tally-heading">
              <h2 id="tally-heading">\(text(.claimantTallyHeading, ["claimant": page.name]))</h2>
              <ul class="verdict-tally__list">

            """)
        for line in page.tally {
            html.append(
                """
                    <li class="verdict-tally__item">\
                \(line.verdict, with: verdictStamp) <span class="verdict-tally__count">\(line.countText)</span></li>

                """)
        }
        html.append(
            """
              </ul>
            </section>
            <h2>\(text(.claimsHeading))</h2>
            <ol class="claim-index"\(start: page.pagination)>
            \(each: page.claims, with: claimEntry)</ol>

            """)
        pagination(page.pagination, into: &html)
    }
}
