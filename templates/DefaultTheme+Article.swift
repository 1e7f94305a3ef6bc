import Verity

extension DefaultTheme {
    /// A fact check: headline and meta, the claim cards, the body, the sources and the updates log.
    public func article(_ page: ArticleModel, into html: inout HTML) {
        html.append(
            """
            <article class="article">
              <header class="article__header">
                <h1>\(page.title)</h1>

            """)
        if !page.summary.isEmpty {
            html.append("    <p class=\"lede\">\(page.summary)</p>\n")
        }
        html.append("    <p class=\"meta\">By \(page.author) \u{00B7} ")
        html.append("<time datetime=\"\(page.date.text)\">\(page.date.displayText)</time>")
        if let updated = page.updated {
            html.append(" \u{00B7} Updated <time datetime=\"\(updated.text)\">\(updated.displayText)</time>")
        }
        html.append("</p>\n")
        if !page.tags.isEmpty {
            html.append("    <ul class=\"tags\" aria-label=\"Tags\">\(each: page.tags, with: tagLink)</ul>\n")
        }
        html.append("  </header>\n\n")
        if !page.claims.isEmpty {
            html.append(
                """
                  <section class="claims" aria-labelledby="claims-heading">
                    <h2 id="claims-heading">Claims we checked</h2>
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
                    <h2 id="sources-heading">Sources</h2>
                    \(page.sources, with: sourceList)
                  </section>

                """)
        }
        html.append("\n")
        if !page.updates.isEmpty {
            html.append(
                """
                  <section class="updates" aria-labelledby="updates-heading">
                    <h2 id="updates-heading">Updates</h2>
                    <ul class="update-log">
                \(each: page.updates, with: updateEntry)    </ul>
                  </section>

                """)
        }
        if !page.related.isEmpty {
            html.append(
                """
                  <section class="related" aria-labelledby="related-heading">
                    <h2 id="related-heading">Related fact checks</h2>
                    <ul class="related-list">
                \(each: page.related, with: articleLink)    </ul>
                  </section>

                """)
        }
        html.append("</article>\n")
    }

    /// A fact check in a short list of links: its title, date and, when all its claims share one, its verdict.
    func articleLink(_ entry: ArticleLinkModel, into html: inout HTML) {
        html.append(
            """
                  <li><a href="\(entry.href)">\(entry.title)</a> \
            <span class="meta"><time datetime="\(entry.date.text)">\(entry.date.displayText)</time></span>
            """)
        if let verdict = entry.verdict {
            html.append(
                """
                 <span class="chip chip--\(verdict.rawValue)"><span aria-hidden="true">\(verdict.icon)</span> \
                \(verdict.label)</span>
                """)
        }
        html.append("</li>\n")
    }

    /// One entry of the updates log.
    func updateEntry(_ update: ArticleModel.UpdateEntry, into html: inout HTML) {
        html.append(
            """
                  <li><time datetime="\(update.date.text)">\(update.date.displayText)</time>: \(update.note)</li>

            """)
    }

    /// A tag, linking to its page.
    func tagLink(_ tag: TagLinkModel, into html: inout HTML) {
        html.append("<li><a class=\"tag\" href=\"\(tag.href)\">\(tag.name)</a></li>")
    }
}
