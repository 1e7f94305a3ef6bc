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
        html.append("  </header>\n  <div class=\"prose\">\n    ")
        for part in page.body {
            switch part {
            case .html(let body): html.append("\(body)")
            case .verdicts(let verdicts): html.append("\(verdicts, with: verdictList)")
            case .statuses(let statuses): html.append("\(statuses, with: statusList)")
            }
        }
        html.append(
            """

              </div>
            </article>

            """)
    }

    /// The site's verdicts as readers see them, each stamp (and meter) above what it means: stacked entries
    /// rather than a table, so that a phone shows them whole.
    func verdictList(_ verdicts: [VerdictModel], into html: inout HTML) {
        html.append("<dl class=\"scale-list\">\n")
        for verdict in verdicts {
            html.append(
                """
                <div class="scale-list__item"><dt>\(verdict, with: ratedVerdict)</dt><dd>\(verdict.description)</dd>\
                </div>

                """)
        }
        html.append("</dl>\n")
    }

    /// The site's source statuses as readers see them, each note above what it means.
    func statusList(_ statuses: [StatusModel], into html: inout HTML) {
        html.append("<dl class=\"scale-list\">\n")
        for status in statuses {
            html.append(
                """
                <div class="scale-list__item"><dt><span class="status status--\(status.key)"\
                \(status.style, with: styleAttribute)><span class="status__icon" aria-hidden="true">\(status.icon)\
                </span> \(status.label)</span></dt><dd>\(status.description)</dd></div>

                """)
        }
        html.append("</dl>\n")
    }
}
