import Verity

extension DefaultTheme {
    /// One fact check in a list: headline, date, author, claim count, summary, verdicts and tags.
    func articleSummary(_ article: ArticleSummaryModel, into html: inout HTML) {
        html.append(
            """
              <li class="article-summary">
                <article>
                  <h2><a href="\(article.href)">\(article.title)</a></h2>
                  <p class="meta"><time datetime="\(article.date.text)">\(article.date.displayText)</time> \
            \u{00B7} \(article.author) \u{00B7} \(article.claimCountText)</p>
                  <p>\(article.summary)</p>

            """)
        if !article.verdictCounts.isEmpty {
            html.append(
                """
                      <ul class="verdict-counts" aria-label="Verdicts">\
                \(each: article.verdictCounts, with: verdictChip)</ul>

                """)
        }
        if !article.tags.isEmpty {
            html.append("      <ul class=\"tags\" aria-label=\"Tags\">\(each: article.tags, with: tagLink)</ul>\n")
        }
        html.append("    </article>\n  </li>\n")
    }

    /// How many claims of a fact check got one verdict: "2 False".
    func verdictChip(_ count: ArticleSummaryModel.VerdictCount, into html: inout HTML) {
        html.append("<li class=\"chip chip--\(count.verdict.rawValue)\">\(count.count) \(count.verdict.label)</li>")
    }
}
