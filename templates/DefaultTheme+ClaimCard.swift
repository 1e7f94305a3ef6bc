import Verity

extension DefaultTheme {
    /// One claim card: the claim, who made it, our verdict, the conclusion and the sources behind it.
    func claimCard(_ card: ClaimCardModel, into html: inout HTML) {
        html.append(
            """
                <article class="claim-card claim-card--\(card.verdict.key)"\(card.verdict.style, with: styleAttribute)\
             id="\(card.id)">
                  <p class="claim-card__verdict"><span class="claim-card__label">\(text(.verdictHeading))</span> \
            \(card.verdict, with: ratedVerdict)</p>
                  <h3 class="claim-card__claim"><span class="claim-card__label">\(text(.claimLabel))</span> \
            \(card.claim)</h3>
                  <p class="claim-card__meta">
            """)
        let claimant: HTML =
            card.claimantHref.map { "<a href=\"\($0)\">\(card.claimant)</a>" } ?? "\(card.claimant)"
        if let date = card.appearedOn {
            html.append(text.html(.claimedByOn, ["claimant": claimant, "date": timeElement(date)]))
        } else {
            html.append(text.html(.claimedBy, ["claimant": claimant]))
        }
        if let appeared = card.appeared {
            html.append(" \u{00B7} <a href=\"\(appeared)\" rel=\"noopener\">\(text(.whereItAppeared))</a>")
        }
        if let archive = card.appearedArchive {
            html.append(" (<a href=\"\(archive)\" rel=\"noopener\">\(text(.archivedCopyInline))</a>)")
        }
        html.append("</p>\n")
        if let image = card.appearanceImage {
            html.append("      ")
            figure(image, class: "claim-card__appearance", lazy: true, into: &html)
        }
        if let media = card.media { mediaItem(media, into: &html) }
        html.append(
            """
                  <p class="claim-card__conclusion">\(card.conclusion)</p>

            """)
        if !card.badges.isEmpty {
            html.append(
                """
                      <ul class="claim-card__sources" aria-label="\(text(.sourcesForVerdict))">\
                \(each: card.badges, with: badgeItem)</ul>

                """)
        }
        html.append(
            """
                  <p class="claim-card__link"><a href="#\(card.id)">\(text(.linkToClaim))</a></p>
                </article>

            """)
    }

    /// A claim card's media item: its kind and our authenticity rating, where it was shared (and its archived copy)
    /// and what it really shows.
    func mediaItem(_ media: MediaModel, into html: inout HTML) {
        let rating = text.html(
            .mediaRating, ["media": "\(text(media.kindText))", "rating": "\(text(media.ratingText))"])
        html.append(
            """
                  <div class="claim-card__media claim-card__media--\(media.ratingKey)">
                    <p class="claim-card__media-rating"><strong>\(rating)</strong></p>

            """)
        if let url = media.url {
            html.append(
                """
                        <p class="claim-card__media-links"><a href="\(url)" rel="noopener">\
                \(text(.mediaWhereShared))</a>
                """)
            if let archive = media.archive {
                html.append(" (<a href=\"\(archive)\" rel=\"noopener\">\(text(.archivedCopyInline))</a>)")
            }
            html.append("</p>\n")
        }
        if media.originalContext != nil || media.originalURL != nil {
            html.append(
                """
                        <p class="claim-card__media-context"><span class="claim-card__label">\
                \(text(.originalContext))</span>
                """)
            if let context = media.originalContext { html.append(" \(context)") }
            if let original = media.originalURL {
                let link: HTML = "<a href=\"\(original)\" rel=\"noopener\">\(text(.originalMedia))</a>"
                html.append(media.originalContext == nil ? " \(link)" : " (\(link))")
            }
            html.append("</p>\n")
        }
        html.append("      </div>\n")
    }

    /// A badge as an item of a claim card's source list.
    func badgeItem(_ badge: BadgeModel, into html: inout HTML) {
        html.append("<li>\(badge, with: fullBadge)</li>")
    }
}
