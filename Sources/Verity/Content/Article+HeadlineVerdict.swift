extension Article {
    /// The check's rating in lists: the verdict of its first claim, which editors write first as the one the check
    /// is about; `nil` without claims.
    var headlineVerdict: Verdict? {
        claims.first?.verdict
    }
}
