import Verity

extension DefaultTheme {
    /// Every correction and update to a published fact check, newest first.
    public func corrections(_ page: CorrectionsModel, into html: inout HTML) {
        html.append(
            """
            <h1>Corrections and updates</h1>
            <p>Every change we made to a published fact check, newest first. \
            Each fact check also lists its own updates at the end.</p>

            """)
        guard !page.updates.isEmpty else {
            html.append("<p class=\"empty-state\">No corrections or updates so far.</p>\n")
            return
        }
        html.append("<ol class=\"corrections-list\">\n")
        for update in page.updates {
            html.append(
                """
                  <li><time datetime="\(update.date.text)">\(update.date.displayText)</time> \u{00B7} \
                <a href="\(update.articleHref)">\(update.articleTitle)</a><p>\(update.note)</p></li>

                """)
        }
        html.append("</ol>\n")
    }
}
