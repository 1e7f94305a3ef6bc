/// An inline SVG bar chart of how many claims got each verdict, with its text equivalent.
public struct VerdictChart: Sendable {
    /// One bar: a verdict, its count and where it is drawn.
    public struct Bar: Sendable {
        public var verdict: VerdictModel
        public var count: Int
        /// Left edge of the bar.
        public var x: Int
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
    /// Where the labels are written from (their start: the left edge, or the right one in a right-to-left
    /// language, whose text the SVG writes leftwards from `x`).
    public var labelX: Int
    public var bars: [Bar]
    /// The chart in words, such as "12 claims: 3 True, 1 Mostly true, 2 False".
    public var summary: String

    /// A chart of the verdicts of `articles`' claims, in the order of the verdict scale.
    ///
    /// `nil` when there are no claims.
    init?(articles: [Article], scale: ScaleModels, text: InterfaceText) {
        let counts = Verdict.counts(in: articles.lazy.map(\.claims), scale: scale.definition)
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        let most = counts.map(\.1).max() ?? 1
        barX = Self.labelWidth + 10
        let width = barX + Self.barArea + 40
        self.width = width
        height = counts.count * Self.rowHeight
        // Right to left, the chart is mirrored: labels on the right, bars growing leftwards, counts after them.
        let mirrored = text.isRightToLeft
        labelX = mirrored ? width : 0
        bars = counts.enumerated().map { index, entry in
            let barWidth = max(2, entry.1 * Self.barArea / most)
            let start = Self.labelWidth + 10
            return Bar(
                verdict: scale.verdict(entry.0), count: entry.1, x: mirrored ? width - start - barWidth : start,
                y: index * Self.rowHeight + 6, textY: index * Self.rowHeight + 21, barWidth: barWidth,
                countX: mirrored ? width - start - barWidth - 8 : start + barWidth + 8)
        }
        let countTexts = counts.map {
            text(.verdictCount, ["count": String($0.1), "verdict": scale.verdict($0.0).label])
        }
        summary = text(
            .chartSummary,
            ["claims": text.counted(.claimCount, total), "counts": countTexts.joined(separator: text(.listSeparator))])
    }
}
