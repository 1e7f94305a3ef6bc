/// One line of a claimant's tally: a verdict and how many of their claims got it.
public struct VerdictTally: Sendable, Hashable {
    public var verdict: VerdictModel
    public var count: Int
    /// "3 claims", in the site's language with its plural forms.
    public var countText: String

    /// The tally of `verdicts` (the claims' verdict keys, in any order) over `scale`'s verdicts in scale order,
    /// every verdict included (a zero says something too); `text` words the counts.
    static func tally(_ verdicts: [Verdict], scale: ScaleModels, text: InterfaceText) -> [VerdictTally] {
        var counts: [String: Int] = [:]
        for verdict in verdicts { counts[verdict.rawValue, default: 0] += 1 }
        return scale.verdicts.map { verdict in
            let count = counts[verdict.key] ?? 0
            return VerdictTally(verdict: verdict, count: count, countText: text.counted(.claimCount, count))
        }
    }
}
