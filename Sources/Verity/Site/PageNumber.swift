/// Which page of a paginated listing (the home page, a tag's page, the claims index) an output is.
struct PageNumber: Sendable, Hashable {
    /// From 1.
    var number: Int
    /// How many pages the listing has (at least 1).
    var count: Int

    /// " — page 2" after a listing's title on its later pages, nothing on the first.
    func titleSuffix(_ text: InterfaceText) -> String {
        number == 1 ? "" : " \u{2014} " + text(.pageSuffix, ["page": String(number)])
    }

    /// The first page, as the list of outputs every site has names it.
    static let first = PageNumber(number: 1, count: 1)

    /// Every page of a listing of `items` items, `size` to a page: one page even when there are none, since an
    /// empty listing still shows that it is empty.
    static func all(items: Int, size: Int) -> [PageNumber] {
        let count = max(1, (items + size - 1) / size)
        return (1...count).map { PageNumber(number: $0, count: count) }
    }

    /// The positions of this page's items among the listing's `items` items, `size` to a page.
    func range(items: Int, size: Int) -> Range<Int> {
        let start = min(items, (number - 1) * size)
        return start..<min(items, start + size)
    }
}
