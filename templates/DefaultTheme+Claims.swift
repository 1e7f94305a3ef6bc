import Verity

extension DefaultTheme {
    /// A page of the claims we checked with their verdicts, newest fact checks first, and the link to
    /// `claims.json`.
    public func claims(_ page: ClaimsIndexModel, into html: inout HTML) {
        html.append(
            """
            <h1>\(text(.navClaims))\(pageSuffix(page.pagination))</h1>
            <p class="meta">\(text(.claimsMeta, ["claims": page.countText])) \u{00B7} \
            <a href="\(page.exportHref)">\(text(.downloadJSON))</a></p>

            """)
        guard !page.claims.isEmpty else {
            html.append("<p class=\"empty-state\">\(text(.noClaims))</p>\n")
            return
        }
        html.append(
            "<ol class=\"claim-index\"\(start: page.pagination)>\n\(each: page.claims, with: claimEntry)</ol>\n")
        pagination(page.pagination, into: &html)
    }

    /// One claim of the index, linking to its card.
    func claimEntry(_ entry: ClaimsIndexModel.Entry, into html: inout HTML) {
        let article: HTML = "<a href=\"\(entry.articleHref)\">\(entry.articleTitle)</a>"
        html.append(
            """
              <li class="claim-index__item">
                <p class="claim-index__claim"><a href="\(entry.href)">\(entry.claim)</a></p>
                <p>\(entry.verdict, with: ratedVerdict) \
            <span class="meta">\(text(.claimedBy, ["claimant": entry.claimant]))</span></p>
                <p>\(entry.conclusion)</p>
                <p class="meta">\(text.html(.claimInArticle, ["article": article, "date": timeElement(entry.date)]))</p>
              </li>

            """)
    }
}
