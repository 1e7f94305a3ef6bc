extension ImageReference {
    /// The image with smart punctuation in its alt text, caption and credit.
    func punctuated(_ punctuation: SmartPunctuation) -> ImageReference {
        var image = self
        image.alt = punctuation.apply(alt)
        image.caption = punctuation.apply(caption)
        image.credit = punctuation.apply(credit)
        return image
    }
}
