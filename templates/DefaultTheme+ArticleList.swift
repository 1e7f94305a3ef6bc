import Verity

extension DefaultTheme {
    /// A list of fact checks (the home page, a tag's page).
    func articleList(_ articles: [ArticleSummaryModel], into html: inout HTML) {
        html.append("<ol class=\"article-list\">\n\(each: articles, with: articleSummary)</ol>\n")
    }
}
