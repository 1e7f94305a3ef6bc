import Verity

extension DefaultTheme {
    /// Every tag with its number of fact checks.
    public func tagIndex(_ page: TagIndexModel, into html: inout HTML) {
        html.append("<h1>\(text(.navTags))</h1>\n")
        guard !page.tags.isEmpty else {
            html.append("<p class=\"empty-state\">\(text(.noTags))</p>\n")
            return
        }
        html.append("<ul class=\"tag-index\">\n")
        for tag in page.tags {
            html.append("  <li><a class=\"tag\" href=\"\(tag.href)\">\(tag.name)</a> ")
            html.append("<span class=\"meta\">\(tag.countText)</span></li>\n")
        }
        html.append("</ul>\n")
    }
}
