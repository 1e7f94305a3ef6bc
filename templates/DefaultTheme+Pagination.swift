import Verity

extension DefaultTheme {
    /// The links to the pages before and after a page of a listing, and where it stands; nothing when the listing
    /// has one page.
    func pagination(_ pagination: PaginationModel, into html: inout HTML) {
        guard pagination.count > 1 else { return }
        html.append("<nav class=\"pagination\" aria-label=\"\(text(.paginationLabel))\">\n")
        // The arrows point the way the page reads: "previous" points right in a right-to-left language.
        let (back, forward) = text.isRightToLeft ? ("\u{2192}", "\u{2190}") : ("\u{2190}", "\u{2192}")
        if let previous = pagination.previousHref {
            html.append(
                """
                  <a class="pagination__link" rel="prev" href="\(previous)">\
                <span aria-hidden="true">\(back)</span> \(text(.previousPage))</a>

                """)
        }
        html.append("  <p class=\"pagination__status\">\(pagination.text)</p>\n")
        if let next = pagination.nextHref {
            html.append(
                """
                  <a class="pagination__link pagination__link--next" rel="next" href="\(next)">\
                \(text(.nextPage)) <span aria-hidden="true">\(forward)</span></a>

                """)
        }
        html.append("</nav>\n")
    }

    /// " — page 2" after a listing's heading on its later pages, nothing on the first.
    func pageSuffix(_ pagination: PaginationModel) -> HTML {
        var html = HTML()
        html.append("\(pagination.titleSuffix)")
        return html
    }
}

extension HTML.StringInterpolation {
    /// ` start="21"` on the list of a listing's later page, so that its items go on counting; nothing on the first.
    mutating func appendInterpolation(start pagination: PaginationModel) {
        if pagination.firstPosition > 1 { appendLiteral(" start=\"\(pagination.firstPosition)\"") }
    }
}
