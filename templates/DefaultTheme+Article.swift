import Verity

extension DefaultTheme {
    /// A fact check: headline, the verdicts at a glance, the claim cards, the body, the sources and the updates.
    public func article(_ page: ArticleModel, into html: inout HTML) {
        html.append("<article class=\"article\">\n")
        if page.isDraft {
            html.append(
                """
                  <p class="draft-banner" role="note"><strong>\(text(.draftBanner))</strong> \
                \(text(.draftBannerNote))</p>

                """)
        }
        html.append(
            """
              <header class="article__header">
                <h1>\(page.title)</h1>

            """)
        if let authorHref = page.authorHref {
            let author: HTML = "<a href=\"\(authorHref)\" rel=\"author\">\(page.author)</a>"
            html.append("    <p class=\"meta\">\(text.html(.byline, ["author": author])) \u{00B7} \(time: page.date)")
        } else {
            html.append("    <p class=\"meta\">\(text(.byline, ["author": page.author])) \u{00B7} \(time: page.date)")
        }
        if let updated = page.updated {
            html.append(" \u{00B7} \(text.html(.updatedOn, ["date": timeElement(updated)]))")
        }
        html.append("</p>\n")
        if !page.translations.isEmpty {
            html.append("    <p class=\"translations\">\(text(.translationsLabel))")
            for (index, translation) in page.translations.enumerated() {
                let separator = index == 0 ? " " : text(.listSeparator)
                html.append(
                    """
                    \(separator)<a href="\(translation.href)" lang="\(translation.language)" \
                    hreflang="\(translation.language)">\(translation.name)</a>
                    """)
            }
            html.append("</p>\n")
        }
        if !page.claims.isEmpty {
            verdictSummary(page.claims, into: &html)
        }
        if let update = page.latestUpdate {
            html.append(
                """
                    <p class="update-notice"><strong>\(text.html(.updateNotice, ["date": timeElement(update.date)]))\
                </strong> \(update.note) <a href="#updates">\
                \(page.updates.count == 1 ? text(.aboutThisUpdate) : text.counted(.allUpdates, page.updates.count))\
                </a></p>

                """)
        }
        if !page.summary.isEmpty {
            html.append("    <p class=\"lede\">\(page.summary)</p>\n")
        }
        if !page.tags.isEmpty {
            html.append(
                "    <ul class=\"tags\" aria-label=\"\(text(.tagsLabel))\">\(each: page.tags, with: tagLink)</ul>\n")
        }
        html.append("  </header>\n")
        if let image = page.leadImage {
            html.append("  ")
            figure(image, class: "lead-image", lazy: false, into: &html)
        }
        html.append("\n")
        if !page.claims.isEmpty {
            html.append(
                """
                  <section class="claims" aria-labelledby="claims-heading">
                    <h2 id="claims-heading">\(text(.claimsHeading))</h2>
                \(each: page.claims, with: claimCard)  </section>

                """)
        }
        html.append(
            """

              <div class="prose">
                \(page.body)
              </div>


            """)
        if !page.sources.isEmpty {
            html.append(
                """
                  <section class="sources" aria-labelledby="sources-heading">
                    <h2 id="sources-heading">\(text(.sourcesHeading))</h2>
                    \(page.sources, with: sourceList)
                  </section>

                """)
        }
        html.append("\n")
        if !page.updates.isEmpty {
            html.append(
                """
                  <section class="updates" id="updates" aria-labelledby="updates-heading">
                    <h2 id="updates-heading">\(text(.updatesHeading))</h2>
                    <ul class="update-log">
                \(each: page.updates, with: updateEntry)    </ul>
                  </section>

                """)
        }
        if !page.related.isEmpty {
            html.append(
                """
                  <section class="related" aria-labelledby="related-heading">
                    <h2 id="related-heading">\(text(.relatedHeading))</h2>
                    <ul class="related-list">
                \(each: page.related, with: articleLink)    </ul>
                  </section>

                """)
        }
        html.append("</article>\n")
    }

    /// The verdicts at a glance, at the top of the article: each claim, who made it and our verdict, linking to
    /// its card.
    func verdictSummary(_ claims: [ClaimCardModel], into html: inout HTML) {
        html.append(
            """
                <section class="summary-box" aria-labelledby="summary-heading">
                  <h2 id="summary-heading" class="summary-box__title">\
            \(claims.count == 1 ? text(.verdictHeading) : text.counted(.verdictsHeading, claims.count))</h2>
                  <ol class="summary-box__claims">

            """)
        for claim in claims {
            html.append(
                """
                        <li><a class="summary-box__item" href="#\(claim.id)">\(claim.verdict, with: verdictStamp) \
                <span class="summary-box__claim">\(claim.claim)</span></a> \
                <span class="summary-box__by">\u{2014} \(claim.claimant)</span></li>

                """)
        }
        html.append("      </ol>\n    </section>\n")
    }

    /// A fact check in a short list of links: its title, date and rating (its first claim's verdict).
    func articleLink(_ entry: ArticleLinkModel, into html: inout HTML) {
        html.append(
            """
                  <li><a href="\(entry.href)">\(entry.title)</a> \
            <span class="meta">\(time: entry.date)</span>
            """)
        if let verdict = entry.verdict {
            html.append(" \(verdict, with: verdictStamp)")
        }
        html.append("</li>\n")
    }

    /// One entry of the updates log.
    func updateEntry(_ update: ArticleModel.UpdateEntry, into html: inout HTML) {
        html.append(
            """
                  <li>\(text.html(.updateEntry, ["date": timeElement(update.date), "note": "\(update.note)"]))</li>

            """)
    }

    /// A `<time>` element: the date for readers, the machine-readable one in `datetime`.
    func timeElement(_ date: DateModel) -> HTML {
        "\(time: date)"
    }

    /// A tag, linking to its page.
    func tagLink(_ tag: TagLinkModel, into html: inout HTML) {
        html.append("<li><a class=\"tag\" href=\"\(tag.href)\">\(tag.name)</a></li>")
    }
}

extension HTML.StringInterpolation {
    /// A `<time>` element: the date for readers, the machine-readable one in `datetime`.
    mutating func appendInterpolation(time date: DateModel) {
        appendLiteral("<time datetime=\"")
        appendInterpolation(date.text)
        appendLiteral("\">")
        appendInterpolation(date.displayText)
        appendLiteral("</time>")
    }
}
