import Verity

extension DefaultTheme {
    /// Our verdict as a stamp: a filled block in the verdict's own colour, its symbol and its label.
    ///
    /// Verdicts are the desk's ratings and look like one (square, filled, capitals); source statuses are what a
    /// source said and look like a note beside a name (round, outlined), so the two never look alike.
    func verdictStamp(_ verdict: VerdictModel, into html: inout HTML) {
        html.append(
            """
            <span class="verdict verdict--\(verdict.key)"\(verdict.style, with: styleAttribute)\
            ><span class="verdict__icon" aria-hidden="true">\
            \(verdict.icon)</span> \(verdict.label)</span>
            """)
    }

    /// The stamp with, for verdicts on the scale, a meter of the scale's steps showing where it sits.
    func ratedVerdict(_ verdict: VerdictModel, into html: inout HTML) {
        html.append("\(verdict, with: verdictStamp)")
        guard let value = verdict.meterPosition, let scaleText = verdict.scaleText, verdict.meterSteps > 0 else {
            return
        }
        html.append(
            """
             <span class="meter meter--\(verdict.key)"\(verdict.style, with: styleAttribute) role="img" \
            aria-label="\(scaleText)">
            """)
        for step in 1...verdict.meterSteps {
            html.append("<span class=\"meter__step\(step <= value ? " meter__step--on" : "")\"></span>")
        }
        html.append("</span>")
    }

    /// A source's status as a note beside its name: an outlined pill with the status's symbol and text.
    func statusNote(_ badge: BadgeModel, into html: inout HTML) {
        html.append(
            """
            <span class="status status--\(badge.status.key)"\(badge.status.style, with: styleAttribute)\
            ><span class="status__icon" aria-hidden="true">\
            \(badge.status.icon)</span> \(badge.statusText)</span>
            """)
    }

    /// ` style="…"` with a desk's own colours (custom properties the style sheet's last block reads), or nothing
    /// when the style sheet's colours apply.
    func styleAttribute(_ style: String, into html: inout HTML) {
        if !style.isEmpty { html.append(" style=\"\(style)\"") }
    }
}
