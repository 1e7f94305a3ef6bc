import Verity

extension DefaultTheme {
    /// A page of the home page: on the first, the verdict chart; the page's fact checks, newest first.
    public func index(_ page: IndexModel, into html: inout HTML) {
        html.append("<h1 class=\"index-title\">\(text(.latestHeading))\(pageSuffix(page.pagination))</h1>\n")
        if let chart = page.chart {
            verdictChart(chart, claimsHref: page.claimsHref, into: &html)
        }
        if page.articles.isEmpty {
            html.append("<p class=\"empty-state\">\(text(.noFactChecks))</p>\n")
        } else {
            articleList(page.articles, pagination: page.pagination, into: &html)
            pagination(page.pagination, into: &html)
        }
    }

    /// A bar chart of how many claims got each verdict, with the same in words for screen readers.
    func verdictChart(_ chart: VerdictChart, claimsHref: Href, into html: inout HTML) {
        html.append(
            """
            <figure class="verdict-chart">
              <figcaption>\(text(.chartCaption)) \u{00B7} \
            <a href="\(claimsHref)">\(text(.seeEveryClaim))</a></figcaption>
              <svg viewBox="0 0 \(chart.width) \(chart.height)" width="\(chart.width)" height="\(chart.height)" \
            role="img" aria-labelledby="verdict-chart-title">
                <title id="verdict-chart-title">\(chart.summary)</title>

            """)
        for bar in chart.bars {
            html.append(
                """
                    <text class="chart-label" x="\(chart.labelX)" y="\(bar.textY)">\(bar.verdict.label)</text>
                    <rect class="chart-bar chart-bar--\(bar.verdict.key)"\(bar.verdict.style, with: styleAttribute)\
                 x="\(bar.x)" y="\(bar.y)" \
                width="\(bar.barWidth)" height="20" rx="3"></rect>
                    <text class="chart-count" x="\(bar.countX)" y="\(bar.textY)">\(bar.count)</text>

                """)
        }
        html.append("  </svg>\n</figure>\n")
    }
}
