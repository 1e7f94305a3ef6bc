/// An inline SVG bar chart of how many claims got each verdict, with its text equivalent.
public struct VerdictChart: Sendable {
    /// One bar: a verdict, its count and where it is drawn.
    public struct Bar: Sendable {
        public var verdict: VerdictModel
        public var count: Int
        /// Top of the bar.
        public var y: Int
        /// Baseline of the bar's label and count.
        public var textY: Int
        public var barWidth: Int
        /// Where the count is written (after the bar).
        public var countX: Int
    }

    static let rowHeight = 32
    static let labelWidth = 150
    static let barArea = 440

    public var width: Int
    public var height: Int
    /// Where bars start (after the labels).
    public var barX: Int
    public var bars: [Bar]
    /// The chart in words, such as "12 claims: 3 True, 1 Mostly true, 2 False".
    public var summary: String

    /// A chart of the verdicts of `articles`' claims, in the order of the verdict scale.
    ///
    /// `nil` when there are no claims.
    init?(articles: [Article], scale: ScaleModels) {
        let counts = Verdict.counts(in: articles.lazy.map(\.claims), scale: scale.definition)
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        let most = counts.map(\.1).max() ?? 1
        barX = Self.labelWidth + 10
        width = barX + Self.barArea + 40
        height = counts.count * Self.rowHeight
        bars = counts.enumerated().map { index, entry in
            let barWidth = max(2, entry.1 * Self.barArea / most)
            return Bar(
                verdict: scale.verdict(entry.0), count: entry.1, y: index * Self.rowHeight + 6,
                textY: index * Self.rowHeight + 21, barWidth: barWidth, countX: Self.labelWidth + 10 + barWidth + 8)
        }
        summary =
            "\(CountText.of(total, "claim")): "
            + counts.map { "\($0.1) \(scale.verdict($0.0).label)" }.joined(separator: ", ")
    }
}
