extension Article {
    /// The verdict of every claim when they all have the same one; `nil` without claims or with several verdicts.
    var headlineVerdict: Verdict? {
        guard let first = claims.first?.verdict, claims.allSatisfy({ $0.verdict == first }) else { return nil }
        return first
    }
}
