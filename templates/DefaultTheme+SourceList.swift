import Verity

extension DefaultTheme {
    /// The article's sources, in the order declared: name, status, date, what they said, via whom, links.
    func sourceList(_ sources: [SourceEntryModel], into html: inout HTML) {
        html.append("<ol class=\"source-list\">\n")
        for (index, source) in sources.enumerated() {
            // Entries after the first start two spaces in, as on the pages already published: a theme update
            // that changes no markup must not make every article page differ (and be uploaded again).
            html.append(index == 0 ? "      " : "  ")
            let date =
                source.dateReported
                ? timeElement(source.date) : text.html(.sourceDateBy, ["date": timeElement(source.date)])
            html.append(
                """
                <li id="\(source.anchor)" class="source">
                        <p class="source__head"><strong class="source__name">\(source.name)</strong> \
                \(source.badge, with: statusNote) \
                \(date)</p>

                """)
            if let said = source.said {
                html.append("        <p class=\"source__said\">\(said)</p>\n")
            }
            if let via = source.via {
                html.append("        <p class=\"source__via\">\(text(.sourceVia, ["outlet": via]))</p>\n")
            }
            if source.url != nil || source.archive != nil {
                html.append("        <p class=\"source__links\">")
                if let url = source.url {
                    html.append("<a href=\"\(url)\" rel=\"noopener\">\(text(.sourceLink))</a>")
                }
                html.append(" ")
                if let archive = source.archive {
                    html.append("<a href=\"\(archive)\" rel=\"noopener\">\(text(.archivedCopy))</a>")
                }
                html.append("</p>\n")
            }
            html.append("      </li>\n")
        }
        html.append("    </ol>")
    }
}
