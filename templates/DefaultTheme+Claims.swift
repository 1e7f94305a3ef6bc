import Verity

extension DefaultTheme {
    /// A page of the claims we checked with their verdicts, newest fact checks first, and the link to
    /// `claims.json`.
    public func claims(_ page: ClaimsIndexModel, into html: inout HTML) {
        html.append(
            """
            <h1>All claims\(pageSuffix(page.pagination))</h1>
            <p class="meta">\(page.countText), newest fact checks first \u{00B7} \
            <a href="\(page.exportHref)">download as JSON</a></p>

            """)
        guard !page.claims.isEmpty else {
            html.append("<p class=\"empty-state\">No claims have been checked yet.</p>\n")
            return
        }
        html.append(
            "<ol class=\"claim-index\"\(start: page.pagination)>\n\(each: page.claims, with: claimEntry)</ol>\n")
        pagination(page.pagination, into: &html)
    }

    /// One claim of the index, linking to its card.
    func claimEntry(_ entry: ClaimsIndexModel.Entry, into html: inout HTML) {
        html.append(
            """
              <li class="claim-index__item">
                <p class="claim-index__claim"><a href="\(entry.href)">\(entry.claim)</a></p>
                <p>\(entry.verdict, with: ratedVerdict) <span class="meta">Claimed by \(entry.claimant)</span></p>
                <p>\(entry.conclusion)</p>
                <p class="meta">In <a href="\(entry.articleHref)">\(entry.articleTitle)</a>, \
            <time datetime="\(entry.date.text)">\(entry.date.displayText)</time></p>
              </li>

            """)
    }
}
