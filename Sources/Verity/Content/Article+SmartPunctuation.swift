extension Article {
    /// The article with smart punctuation in every text a reader sees: title, author, summary, each source's
    /// name, badge label, what it said and via whom, each claim's text, claimant, claimant title, conclusion and
    /// media's original context,
    /// each update's note, and the images' alt text, caption and credit.
    ///
    /// Keys, ids, slugs, tags, paths, URLs and dates are left as they are. Applied once, when the file is decoded
    /// (the build cache keeps the result), after the checks: messages quote the text as typed.
    func punctuated(_ punctuation: SmartPunctuation) -> Article {
        guard punctuation.quotes != nil else { return self }
        var article = self
        article.title = punctuation.apply(title)
        // A site.yml author's name is shown as site.yml writes it, as on their page.
        if authorSlug == nil { article.author = punctuation.apply(author) }
        article.summary = punctuation.apply(summary)
        for index in article.sources.indices {
            article.sources[index].name = punctuation.apply(sources[index].name)
            article.sources[index].shortName = punctuation.apply(sources[index].shortName)
            article.sources[index].said = punctuation.apply(sources[index].said)
            article.sources[index].via = punctuation.apply(sources[index].via)
        }
        for index in article.claims.indices {
            article.claims[index].claim = punctuation.apply(claims[index].claim)
            article.claims[index].claimant = punctuation.apply(claims[index].claimant)
            article.claims[index].conclusion = punctuation.apply(claims[index].conclusion)
            article.claims[index].claimantTitle = punctuation.apply(claims[index].claimantTitle)
            article.claims[index].appearanceImage = claims[index].appearanceImage?.punctuated(punctuation)
            article.claims[index].media?.originalContext = punctuation.apply(claims[index].media?.originalContext)
        }
        for index in article.updates.indices {
            article.updates[index].note = punctuation.apply(updates[index].note)
        }
        article.image = image?.punctuated(punctuation)
        return article
    }
}
