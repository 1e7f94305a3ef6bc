/// Where a claim is: the index of its article in the edition's articles, and its own index in that article.
struct ClaimPlace: Sendable, Hashable {
    var article: Int
    var claim: Int
}
