import Verity

extension DefaultTheme {
    /// One fact check in a list: headline, its rating, date, author, claim count, summary, verdicts and tags.
    func articleSummary(_ article: ArticleSummaryModel, into html: inout HTML) {
        html.append(
            """
              <li class="article-summary">
                <article>
                  <h2><a href="\(article.href)">\(article.title)</a>\
            \(draftLabel: article.isDraft ? text(.draftLabel) : nil)</h2>
                  <p class="meta">\(time: article.date) \
            \u{00B7} \(article.author) \u{00B7} \(article.claimCountText)</p>

            """)
        if let headline = article.headline {
            html.append(
                """
                      <p class="rating">\(headline.verdict, with: ratedVerdict) \
                <span class="rating__claim">\(headline.claim)</span></p>

                """)
        }
        html.append("      <p>\(article.summary)</p>\n")
        if article.claimCount > 1 {
            html.append(
                """
                      <ul class="verdict-counts" aria-label="\(text(.verdictsLabel))">\
                \(each: article.verdictCounts, with: verdictChip)</ul>

                """)
        }
        if !article.tags.isEmpty {
            let label = text(.tagsLabel)
            html.append("      <ul class=\"tags\" aria-label=\"\(label)\">\(each: article.tags, with: tagLink)</ul>\n")
        }
        html.append("    </article>\n  </li>\n")
    }

    /// How many claims of a fact check got one verdict: "2 False".
    func verdictChip(_ count: ArticleSummaryModel.VerdictCount, into html: inout HTML) {
        html.append(
            """
            <li class="chip chip--\(count.verdict.key)"\(count.verdict.style, with: styleAttribute)>\
            \(text(.verdictCount, ["count": String(count.count), "verdict": count.verdict.label]))</li>
            """)
    }
}

extension HTML.StringInterpolation {
    /// ` <span class="draft-label">Draft</span>` after the title of a draft in a list, nothing otherwise.
    mutating func appendInterpolation(draftLabel label: String?) {
        guard let label else { return }
        appendLiteral(" <span class=\"draft-label\">")
        appendInterpolation(label)
        appendLiteral("</span>")
    }
}
