import Verity

extension DefaultTheme {
    /// Our verdict as a stamp: a filled block in the verdict's own colour, its symbol and its label.
    ///
    /// Verdicts are the desk's ratings and look like one (square, filled, capitals); source statuses are what a
    /// source said and look like a note beside a name (round, outlined), so the two never look alike.
    func verdictStamp(_ verdict: Verdict, into html: inout HTML) {
        html.append(
            """
            <span class="verdict verdict--\(verdict.rawValue)"><span class="verdict__icon" aria-hidden="true">\
            \(verdict.icon)</span> \(verdict.label)</span>
            """)
    }

    /// The stamp with, for verdicts on the True-to-False scale, a five-step meter showing where it sits.
    func ratedVerdict(_ verdict: Verdict, into html: inout HTML) {
        html.append("\(verdict, with: verdictStamp)")
        guard let value = verdict.ratingValue, let scaleText = verdict.scaleText else { return }
        html.append(" <span class=\"meter meter--\(verdict.rawValue)\" role=\"img\" aria-label=\"\(scaleText)\">")
        for step in 1...5 {
            html.append("<span class=\"meter__step\(step <= value ? " meter__step--on" : "")\"></span>")
        }
        html.append("</span>")
    }

    /// A source's status as a note beside its name: an outlined pill with the status's symbol and text.
    func statusNote(_ badge: BadgeModel, into html: inout HTML) {
        html.append(
            """
            <span class="status status--\(badge.status.rawValue)"><span class="status__icon" aria-hidden="true">\
            \(badge.status.icon)</span> \(badge.statusText)</span>
            """)
    }
}
