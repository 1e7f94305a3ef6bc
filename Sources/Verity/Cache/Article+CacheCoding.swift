/// An article's front matter in the build cache (its body is read again from the file).
extension Article {
    func write(to writer: inout CacheWriter) {
        writer.write(slug)
        writer.write(slugLocation.line ?? 0)
        writer.write(slugLocation.column ?? 0)
        writer.write(title)
        writer.write(date.text)
        writer.write(updated?.text)
        writer.write(author)
        writer.write(summary)
        writer.write(tagSpellings.count)
        for tag in tagSpellings {
            writer.write(tag.slug)
            writer.write(tag.written)
            writer.write(tag.location.line ?? 0)
            writer.write(tag.location.column ?? 0)
        }
        writer.write(draft)
        writer.write(sources.count)
        for source in sources {
            writer.write(source.id)
            writer.write(source.name)
            writer.write(source.shortName)
            writer.write(source.status.rawValue)
            writer.write(source.statusLocation?.line ?? 0)
            writer.write(source.statusLocation?.column ?? 0)
            writer.write(source.date.text)
            writer.write(source.said)
            writer.write(source.via)
            writer.write(source.url?.text)
            writer.write(source.archive?.text)
            writer.write(source.anonymous)
            writer.write(source.dateReported)
        }
        writer.write(claims.count)
        for claim in claims {
            writer.write(claim.id)
            writer.write(claim.claim)
            writer.write(claim.claimant)
            writer.write(claim.claimantType.rawValue)
            writer.write(claim.appeared?.text)
            writer.write(claim.appearedOn?.text)
            writer.write(claim.verdict.rawValue)
            writer.write(claim.conclusion)
            writer.write(claim.sourceIDs)
            writer.write(claim.appearedArchive?.text)
            Self.write(claim.appearanceImage, to: &writer)
            writer.write(claim.claimantTitle)
            writer.write(claim.claimantURL?.text)
            writer.write(claim.appearances.count)
            for appearance in claim.appearances {
                writer.write(appearance.url.text)
                writer.write(appearance.archive?.text)
                writer.write(appearance.date?.text)
            }
            Self.write(claim.media, to: &writer)
        }
        writer.write(updates.count)
        for update in updates {
            writer.write(update.date.text)
            writer.write(update.note)
        }
        Self.write(image, to: &writer)
        writer.write(authorSlug)
        for claim in claims { writer.write(claim.claimantID) }
    }

    /// A claim's media item.
    private static func write(_ media: MediaItem?, to writer: inout CacheWriter) {
        writer.write(media != nil)
        guard let media else { return }
        writer.write(media.kind.rawValue)
        writer.write(media.url.text)
        writer.write(media.archive?.text)
        writer.write(media.date?.text)
        writer.write(media.authenticity.rawValue)
        writer.write(media.originalContext)
        writer.write(media.originalURL?.text)
    }

    /// Reads what `write(_ media:to:)` wrote; `nil` also when a value is unknown (`reader` then says why).
    private static func readMedia(from reader: inout CacheReader) -> MediaItem? {
        guard reader.bool() else { return nil }
        let kind = reader.value(MediaItem.Kind.self, "media type")
        let url = WebURL(reader.string())
        let archive = reader.optionalURL()
        let date = reader.bool() ? reader.date() : nil
        let authenticity = reader.value(MediaItem.Authenticity.self, "media authenticity")
        let originalContext = reader.optionalString()
        let originalURL = reader.optionalURL()
        guard let kind, let url, let authenticity else { return nil }
        return MediaItem(
            kind: kind, url: url, archive: archive, date: date, authenticity: authenticity,
            originalContext: originalContext, originalURL: originalURL)
    }

    /// An image as written in front matter (its file is found again by every build).
    private static func write(_ image: ImageReference?, to writer: inout CacheWriter) {
        writer.write(image != nil)
        guard let image else { return }
        writer.write(image.src)
        writer.write(image.srcLocation.line ?? 0)
        writer.write(image.srcLocation.column ?? 0)
        writer.write(image.alt)
        writer.write(image.caption)
        writer.write(image.credit)
        writer.write(image.decorative)
    }

    private static func readImage(from reader: inout CacheReader, path: String) -> ImageReference? {
        guard reader.bool() else { return nil }
        let src = reader.string()
        let line = reader.lineOrColumn()
        let column = reader.lineOrColumn()
        return ImageReference(
            src: src, srcLocation: SourceLocation(path: path, line: line, column: column), alt: reader.string(),
            caption: reader.optionalString(), credit: reader.optionalString(), decorative: reader.bool())
    }

    /// Reads an article written by `write(to:)`; `nil` when the data does not make one (`reader` then says why).
    static func read(from reader: inout CacheReader, body: MarkdownBody) -> Article? {
        let slug = reader.string()
        let line = reader.lineOrColumn()
        let column = reader.lineOrColumn()
        let title = reader.string()
        let date = reader.date()
        let updated = reader.bool() ? reader.date() : nil
        let author = reader.string()
        let summary = reader.string()
        let tags = reader.list { reader in
            TagSpelling(
                slug: reader.string(), written: reader.string(),
                location: SourceLocation(path: body.path, line: reader.lineOrColumn(), column: reader.lineOrColumn()))
        }
        let draft = reader.bool()
        let sources = reader.list { reader -> Source? in
            let id = reader.string()
            let name = reader.string()
            let shortName = reader.string()
            let status = reader.value(SourceStatus.self, "source status")
            let statusLine = reader.lineOrColumn()
            let statusColumn = reader.lineOrColumn()
            let sourceDate = reader.date()
            let said = reader.optionalString()
            let via = reader.optionalString()
            let url = reader.optionalURL()
            let archive = reader.optionalURL()
            let anonymous = reader.bool()
            let dateReported = reader.bool()
            guard let status, let sourceDate else { return nil }
            return Source(
                id: id, name: name, shortName: shortName, status: status, date: sourceDate, said: said, via: via,
                url: url, archive: archive,
                anonymous: anonymous, dateReported: dateReported,
                statusLocation: SourceLocation(path: body.path, line: statusLine, column: statusColumn))
        }
        let claims = reader.list { reader -> Claim? in
            let id = reader.string()
            let text = reader.string()
            let claimant = reader.string()
            let claimantType = reader.value(ClaimantType.self, "claimant type")
            let appeared = reader.optionalURL()
            let appearedOn = reader.bool() ? reader.date() : nil
            let verdict = reader.value(Verdict.self, "verdict")
            let conclusion = reader.string()
            let sourceIDs = reader.strings()
            let appearedArchive = reader.optionalURL()
            let appearanceImage = readImage(from: &reader, path: body.path)
            let claimantTitle = reader.optionalString()
            let claimantURL = reader.optionalURL()
            let appearances = reader.list { reader -> Claim.Appearance? in
                let url = WebURL(reader.string())
                let archive = reader.optionalURL()
                let date = reader.bool() ? reader.date() : nil
                return url.map { Claim.Appearance(url: $0, archive: archive, date: date) }
            }.compactMap { $0 }
            let media = readMedia(from: &reader)
            guard let claimantType, let verdict else { return nil }
            return Claim(
                id: id, claim: text, claimant: claimant, claimantType: claimantType, appeared: appeared,
                appearedOn: appearedOn, verdict: verdict, conclusion: conclusion, sourceIDs: sourceIDs,
                appearedArchive: appearedArchive, appearanceImage: appearanceImage, claimantTitle: claimantTitle,
                claimantURL: claimantURL, appearances: appearances, media: media)
        }
        let updates = reader.list { reader -> Update? in
            let updateDate = reader.date()
            let note = reader.string()
            return updateDate.map { Update(date: $0, note: note) }
        }
        let image = readImage(from: &reader, path: body.path)
        let authorSlug = reader.optionalString()
        var withIDs = claims
        for index in withIDs.indices {
            // Read whatever the element: one id was written for every claim.
            let claimantID = reader.optionalString()
            withIDs[index]?.claimantID = claimantID
        }
        // Once the reader is valid every element read is whole (a missing value marks the reader as damaged).
        guard reader.isValid, let date else { return nil }
        return Article(
            slug: slug, slugLocation: SourceLocation(path: body.path, line: line, column: column), title: title,
            date: date, updated: updated, author: author, authorSlug: authorSlug, summary: summary,
            tags: tags.map(\.slug), tagSpellings: tags, draft: draft,
            sources: sources.compactMap { $0 }, claims: withIDs.compactMap { $0 }, updates: updates.compactMap { $0 },
            body: body, image: image)
    }

    /// The article with `body` as its body, and its locations in that body's file: an article read from the
    /// cache once serves every build that finds its file unchanged.
    func placed(in body: MarkdownBody) -> Article {
        var article = self
        article.body = body
        article.slugLocation.path = body.path
        for index in article.tagSpellings.indices {
            article.tagSpellings[index].location.path = body.path
        }
        for index in article.sources.indices {
            article.sources[index].statusLocation?.path = body.path
        }
        article.image?.srcLocation.path = body.path
        for index in article.claims.indices {
            article.claims[index].appearanceImage?.srcLocation.path = body.path
        }
        return article
    }
}
