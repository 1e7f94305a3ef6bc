import Verity

extension DefaultTheme {
    /// An image with its caption and credit: the lead image under the headline (loaded at once) or a claim's
    /// appearance screenshot (loaded when scrolled to).
    func figure(_ figure: FigureModel, class name: String, lazy: Bool, into html: inout HTML) {
        html.append(
            """
            <figure class="\(name)"><img src="\(figure.src)" alt="\(figure.alt)" width="\(figure.width)" \
            height="\(figure.height)"
            """)
        html.append(lazy ? " loading=\"lazy\" decoding=\"async\">" : " decoding=\"async\">")
        if figure.caption != nil || figure.credit != nil {
            html.append("<figcaption>")
            if let caption = figure.caption { html.append("\(caption)") }
            if let credit = figure.credit {
                html.append("\(figure.caption == nil ? "" : " ")<span class=\"figure-credit\">\(credit)</span>")
            }
            html.append("</figcaption>")
        }
        html.append("</figure>\n")
    }
}
