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
        writer.write(tags)
        writer.write(draft)
        writer.write(sources.count)
        for source in sources {
            writer.write(source.id)
            writer.write(source.name)
            writer.write(source.status.rawValue)
            writer.write(source.statusLocation?.line ?? 0)
            writer.write(source.statusLocation?.column ?? 0)
            writer.write(source.date.text)
            writer.write(source.said)
            writer.write(source.via)
            writer.write(source.url?.text)
            writer.write(source.archive?.text)
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
        }
        writer.write(updates.count)
        for update in updates {
            writer.write(update.date.text)
            writer.write(update.note)
        }
    }

    /// Reads an article written by `write(to:)`; `nil` when the data does not make one.
    static func read(from reader: inout CacheReader, body: MarkdownBody) -> Article? {
        let slug = reader.string()
        let line = reader.int()
        let column = reader.int()
        let title = reader.string()
        let date = ContentDate(reader.string())
        let updatedText = reader.optionalString()
        let author = reader.string()
        let summary = reader.string()
        let tags = reader.strings()
        let draft = reader.bool()
        var sources: [Source] = []
        for _ in 0..<max(0, min(reader.int(), 10_000)) {
            let id = reader.string()
            let name = reader.string()
            let status = SourceStatus(rawValue: reader.string())
            let statusLine = reader.int()
            let statusColumn = reader.int()
            let sourceDate = ContentDate(reader.string())
            let said = reader.optionalString()
            let via = reader.optionalString()
            guard let url = reader.optionalURL(), let archive = reader.optionalURL() else { return nil }
            guard let status, let sourceDate else { return nil }
            sources.append(
                Source(
                    id: id, name: name, status: status, date: sourceDate, said: said, via: via, url: url,
                    archive: archive,
                    statusLocation: SourceLocation(path: body.path, line: statusLine, column: statusColumn)))
        }
        var claims: [Claim] = []
        for _ in 0..<max(0, min(reader.int(), 10_000)) {
            let id = reader.string()
            let text = reader.string()
            let claimant = reader.string()
            let claimantType = ClaimantType(rawValue: reader.string())
            guard let appeared = reader.optionalURL() else { return nil }
            let appearedOn = reader.optionalString().map { ContentDate($0) }
            let verdict = Verdict(rawValue: reader.string())
            let conclusion = reader.string()
            let sourceIDs = reader.strings()
            guard let claimantType, let verdict, appearedOn ?? nil != nil || appearedOn == nil else { return nil }
            claims.append(
                Claim(
                    id: id, claim: text, claimant: claimant, claimantType: claimantType, appeared: appeared,
                    appearedOn: appearedOn ?? nil, verdict: verdict, conclusion: conclusion, sourceIDs: sourceIDs))
        }
        var updates: [Update] = []
        for _ in 0..<max(0, min(reader.int(), 10_000)) {
            let updateDate = ContentDate(reader.string())
            let note = reader.string()
            guard let updateDate else { return nil }
            updates.append(Update(date: updateDate, note: note))
        }
        guard reader.isValid, let date else { return nil }
        let updated = updatedText.flatMap(ContentDate.init)
        guard updatedText == nil || updated != nil else { return nil }
        return Article(
            slug: slug, slugLocation: SourceLocation(path: body.path, line: line, column: column), title: title,
            date: date,
            updated: updated, author: author, summary: summary, tags: tags, draft: draft, sources: sources,
            claims: claims,
            updates: updates, body: body)
    }
}
