import Verity

extension DefaultTheme {
    /// Every correction and update to a published fact check, newest first.
    public func corrections(_ page: CorrectionsModel, into html: inout HTML) {
        html.append(
            """
            <h1>\(text(.correctionsHeading))</h1>
            <p>\(text(.correctionsIntro))</p>
            <p class="corrections-feed"><a href="\(page.feedHref)" type="application/atom+xml">\
            \(text(.correctionsFeed))</a></p>

            """)
        guard !page.updates.isEmpty else {
            html.append("<p class=\"empty-state\">\(text(.noCorrections))</p>\n")
            return
        }
        html.append("<ol class=\"corrections-list\">\n")
        for update in page.updates {
            html.append(
                """
                  <li>\(time: update.date) \u{00B7} \
                <a href="\(update.articleHref)">\(update.articleTitle)</a><p>\(update.note)</p></li>

                """)
        }
        html.append("</ol>\n")
    }
}
