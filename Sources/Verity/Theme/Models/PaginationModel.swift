/// Where a page of a paginated listing (the home page, a tag's page, the claims index) stands among its pages.
public struct PaginationModel: Sendable {
    /// From 1.
    public var number: Int
    /// How many pages the listing has; the theme shows no pagination when it is 1.
    public var count: Int
    /// The page before (newer items), `nil` on the first.
    public var previousHref: Href?
    /// The page after (older items), `nil` on the last.
    public var nextHref: Href?
    /// "Page 2 of 5".
    public var text: String
    /// " — page 2" after the listing's heading on its later pages, empty on the first.
    public var titleSuffix: String
    /// The position of the page's first item in the whole listing, from 1 (for `<ol start>`).
    public var firstPosition: Int

    /// The pagination of `page` of the listing whose first page is at `first`, `size` items to a page, as linked
    /// from that page.
    init(_ page: PageNumber, first: String, size: Int, text: InterfaceText) {
        number = page.number
        firstPosition = (page.number - 1) * size + 1
        count = page.count
        let here = SiteLinks.listingPage(first, page.number)
        previousHref =
            page.number > 1
            ? Href(site: SiteLinks.link(from: here, to: SiteLinks.listingPage(first, page.number - 1)))
            : nil
        nextHref =
            page.number < page.count
            ? Href(site: SiteLinks.link(from: here, to: SiteLinks.listingPage(first, page.number + 1))) : nil
        self.text = text(.pageStatus, ["page": String(page.number), "pages": String(page.count)])
        titleSuffix = page.titleSuffix(text)
    }
}
