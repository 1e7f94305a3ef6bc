/// A site's verdicts in scale order (`verdicts:` in site.yml, else the built-in eight) and its source statuses
/// (`statuses:`, else the built-in seven).
public struct VerdictScale: Sendable, Hashable {
    /// The verdicts, in the order lists, charts and the methodology page show them.
    public var verdicts: [VerdictDefinition]
    /// The source statuses, in the order the methodology page shows them.
    public var statuses: [StatusDefinition]

    /// The verdict written `key` in front matter.
    public func verdict(_ key: String) -> VerdictDefinition? {
        verdicts.first { $0.key == key }
    }

    /// The status written `key` in front matter.
    public func status(_ key: String) -> StatusDefinition? {
        statuses.first { $0.key == key }
    }

    /// ClaimReview `bestRating`: the highest rating given (`nil` when no verdict is rated).
    public var bestRating: Int? { verdicts.compactMap(\.rating).max() }
    /// ClaimReview `worstRating`: the lowest rating given.
    public var worstRating: Int? { verdicts.compactMap(\.rating).min() }

    /// The worst-rated and best-rated verdicts, whose labels name the ends of the scale ("from False to True").
    var ends: (worst: VerdictDefinition, best: VerdictDefinition)? {
        let rated = verdicts.filter { $0.rating != nil }
        guard let worst = rated.min(by: { $0.rating ?? 0 < $1.rating ?? 0 }),
            let best = rated.max(by: { $0.rating ?? 0 < $1.rating ?? 0 })
        else { return nil }
        return (worst, best)
    }
}
