import Verity

extension DefaultTheme {
    /// A source badge as it goes inline in paragraphs: the status's symbol and the source's short label
    /// ("☑ NATO"), linking to the source's entry, never broken across lines.
    ///
    /// The full name and status follow for screen readers (and in the tooltip), and stand in the source list.
    public func badge(_ badge: BadgeModel, into html: inout HTML) {
        html.append(
            """
            <a class="badge badge--\(badge.status.key)"\(badge.status.style, with: styleAttribute)\
             href="\(badge.href)" title="\(badge.fullText)">\
            <span class="badge__icon" aria-hidden="true">\(badge.status.icon)</span>\(badge.shortName)\
            <span class="visually-hidden">\(badge.hiddenText)</span></a>
            """)
    }

    /// A source badge with the full name and status, "☑ NATO spokesperson · Confirmed", for claim cards.
    func fullBadge(_ badge: BadgeModel, into html: inout HTML) {
        html.append(
            """
            <a class="badge badge--full badge--\(badge.status.key)"\(badge.status.style, with: styleAttribute)\
             href="\(badge.href)">\
            <span class="badge__icon" aria-hidden="true">\(badge.status.icon)</span>\(badge.fullText)</a>
            """)
    }
}
