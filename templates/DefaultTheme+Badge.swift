import Verity

extension DefaultTheme {
    /// A source badge, "✔ Reuters · Confirmed", linking to the source's entry; on one line, as it also goes
    /// inline in paragraphs.
    public func badge(_ badge: BadgeModel, into html: inout HTML) {
        html.append(
            """
            <a class="badge badge--\(badge.status.rawValue)" href="\(badge.href)">\
            <span class="badge__icon" aria-hidden="true">\(badge.status.icon)</span> \
            \(badge.name) \u{00B7} \(badge.status.badgeText)\(badge.anonymous ? " \u{00B7} unnamed" : "")</a>
            """)
    }
}
