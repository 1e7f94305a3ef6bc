import Verity

extension DefaultTheme {
    /// A list of fact checks (a page of the home page or of a tag's page).
    func articleList(_ articles: [ArticleSummaryModel], pagination: PaginationModel, into html: inout HTML) {
        html.append(
            "<ol class=\"article-list\"\(start: pagination)>\n\(each: articles, with: articleSummary)</ol>\n")
    }
}
