/// The rating a fact check gives a claim: a key of the site's verdict scale (`VerdictScale`), which gives its
/// label, symbol, colours and place on the scale.
public struct Verdict: RawRepresentable, Sendable, Hashable {
    /// The key as written in front matter (`mostly-true`).
    public let rawValue: String

    /// A verdict key, or `nil` for text that is not a slug.
    ///
    /// Whether the site's scale has it is checked where it is read.
    public init?(rawValue: String) {
        guard Identifier.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// A key known to be a slug (one of the built-in scale's, say).
    init(key: String) {
        rawValue = key
    }
}

extension Verdict {
    /// How many of the claims in `claimLists` got each verdict, in the order of `scale`, leaving out verdicts
    /// no claim got; reads each verdict in place (copying a `Claim` retains all its strings).
    static func counts(in claimLists: some Sequence<[Claim]>, scale: VerdictScale) -> [(verdict: Verdict, count: Int)] {
        var counts: [Verdict: Int] = [:]
        for claims in claimLists {
            for claim in claims.indices { counts[claims[claim].verdict, default: 0] += 1 }
        }
        return scale.verdicts.compactMap { definition in
            guard let verdict = Verdict(rawValue: definition.key), let count = counts[verdict] else { return nil }
            return (verdict, count)
        }
    }
}
