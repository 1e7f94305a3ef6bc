extension Page {
    /// The page with smart punctuation in its title and summary.
    func punctuated(_ punctuation: SmartPunctuation) -> Page {
        var page = self
        page.title = punctuation.apply(title)
        page.summary = punctuation.apply(summary)
        return page
    }
}
