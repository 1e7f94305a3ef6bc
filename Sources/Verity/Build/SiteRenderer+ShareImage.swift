extension SiteRenderer {
    /// The image an article's page offers to social networks (`og:image`): its lead image, when it has one, else
    /// its generated share card (`card`).
    ///
    /// The one place that chooses a page's share image; `nil` leaves the layout's site-wide image (the
    /// publisher's logo) and a small Twitter card.
    func shareImage(for article: Article, card: ShareCard?) -> ShareImageModel? {
        if let image = article.image, let file = image.file {
            return ShareImageModel(
                url: Href(site: links.url(SiteLinks.image(file, slug: article.slug))), width: file.size.width,
                height: file.size.height, alt: image.alt)
        }
        return card.map {
            ShareImageModel(
                url: Href(site: links.siteURL($0.path)), width: ShareCard.width, height: ShareCard.height,
                alt: $0.altText)
        }
    }
}
