import Mustache

/// An inline SVG bar chart of how many claims got each verdict, with its text equivalent.
struct VerdictChart: Sendable {
    /// One bar: a verdict, its count and where it is drawn.
    struct Bar: Sendable {
        var verdict: String
        var label: String
        var count: Int
        var y: Int
        var textY: Int
        var barWidth: Int
        var countX: Int
    }

    static let rowHeight = 32
    static let labelWidth = 150
    static let barArea = 440

    var width: Int
    var height: Int
    /// Where bars start (after the labels).
    var barX: Int
    var bars: [Bar]
    /// The chart in words, e.g. "12 claims: 3 True, 1 Mostly true, 2 False".
    var summary: String

    /// A chart of `claims`' verdicts, in the order of the verdict scale; `nil` when there are no claims.
    init?(claims: [Claim]) {
        guard !claims.isEmpty else { return nil }
        let counts = Verdict.allCases.compactMap { verdict -> (Verdict, Int)? in
            let count = claims.filter { $0.verdict == verdict }.count
            return count == 0 ? nil : (verdict, count)
        }
        let most = counts.map(\.1).max() ?? 1
        barX = Self.labelWidth + 10
        width = barX + Self.barArea + 40
        height = counts.count * Self.rowHeight
        bars = counts.enumerated().map { index, entry in
            let barWidth = max(2, entry.1 * Self.barArea / most)
            return Bar(
                verdict: entry.0.rawValue, label: entry.0.label, count: entry.1, y: index * Self.rowHeight + 6,
                textY: index * Self.rowHeight + 21, barWidth: barWidth, countX: Self.labelWidth + 10 + barWidth + 8)
        }
        summary = "\(claims.count == 1 ? "1 claim" : "\(claims.count) claims"): "
            + counts.map { "\($0.1) \($0.0.label)" }.joined(separator: ", ")
    }
}

extension VerdictChart: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "width": self.width
        case "height": self.height
        case "barX": self.barX
        case "bars": self.bars
        case "summary": self.summary
        default: nil
        }
    }
}

extension VerdictChart.Bar: MustacheParent {
    /// The field named `name`, looked up without reflection (which dominated rendering time).
    func child(named name: String) -> Any? {
        switch name {
        case "verdict": self.verdict
        case "label": self.label
        case "count": self.count
        case "y": self.y
        case "textY": self.textY
        case "barWidth": self.barWidth
        case "countX": self.countX
        default: nil
        }
    }
}
