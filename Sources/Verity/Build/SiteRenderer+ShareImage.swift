extension SiteRenderer {
    /// The image an article's page offers to social networks (`og:image`): its lead image, when it has one.
    ///
    /// The one place that chooses a page's share image; `nil` leaves the layout's site-wide image (the
    /// publisher's logo) and a small Twitter card.
    func shareImage(for article: Article) -> ShareImageModel? {
        guard let image = article.image, let file = image.file else { return nil }
        return ShareImageModel(
            url: Href(site: links.url(SiteLinks.image(file, slug: article.slug))), width: file.size.width,
            height: file.size.height, alt: image.alt)
    }
}
