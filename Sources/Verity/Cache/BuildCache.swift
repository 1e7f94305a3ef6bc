import Foundation

/// What the previous build of an output folder produced, so that work giving the same bytes can be skipped.
///
/// It lives beside the output folder (`.verity-cache/<output name>.cache`) and is only a shortcut: a missing,
/// stale or unreadable cache gives a full build (one that cannot be read or is damaged with a warning), and
/// everything it lets the build skip is keyed by hashes of the inputs it came from (`globalKey` for templates,
/// site.yml, pages, static files and the binary).
struct BuildCache: Sendable {
    /// One article as it was last built.
    ///
    /// A class: an entry holds dozens of strings, and the cache of a large site copies ten thousand of them
    /// from one cache to the next.
    final class ArticleEntry: Sendable {
        /// Hash of the article's file.
        let sourceHash: UInt64
        /// The encoded front matter (`Article.write(to:)`).
        let encodedArticle: [UInt8]
        /// The file's own warnings, whatever their kind, as they were reported.
        let warnings: [Diagnostic]
        let page: OutputSummary
        /// The file's line where its body starts.
        let bodyFirstLine: Int
        /// The file as `stat` saw it when it was read; `nil` when it had changed too recently to be trusted.
        let stamp: FileStamp?
        /// What its page showed of its related fact checks (`RelatedArticles.digest`): the page is reused only
        /// while that is unchanged too.
        let relatedDigest: UInt64
        /// The front matter as `encodedArticle` gives it (with an empty body), decoded when the cache was read.
        let article: Article?
        /// The entry's bytes (from its key on) in the cache file it was read from: an entry the next cache keeps
        /// unchanged is written as these bytes.
        let stored: ArraySlice<UInt8>?

        init(
            sourceHash: UInt64, encodedArticle: [UInt8], warnings: [Diagnostic], page: OutputSummary,
            bodyFirstLine: Int = 1, stamp: FileStamp? = nil, relatedDigest: UInt64 = 0, article: Article? = nil,
            stored: ArraySlice<UInt8>? = nil
        ) {
            self.sourceHash = sourceHash
            self.encodedArticle = encodedArticle
            self.warnings = warnings
            self.page = page
            self.bodyFirstLine = bodyFirstLine
            self.stamp = stamp
            self.relatedDigest = relatedDigest
            self.article = article
            self.stored = stored
        }
    }

    static let formatVersion = 13

    var globalKey: UInt64
    /// Hash of every published article's front matter, in order: the listings' input.
    var listingDigest: UInt64
    /// Keyed by the article file's name (`CachePlan.key`).
    var articles: [String: ArticleEntry]
    /// Listing pages and site files (everything that is neither an article nor a standing page).
    var listings: [OutputSummary]
    /// Every output file's content hash and size, to write only files whose bytes change.
    var outputs: [String: OutputRecord]
    /// The standing pages' summaries (rendered on every build; kept so that the link check can tell what
    /// changed).
    var standingPages: [OutputSummary] = []
    /// The output folder the cache describes; `nil` when unknown.
    var outputFolder: OutputRecord.FolderIdentity?

    /// Why a cache file cannot be used, such as `an out-of-range length -1 at byte 32`.
    struct Damage: Error, Equatable {
        var reason: String
    }

    /// The cache in the bytes of a cache file; `nil` when another version of Verity wrote it.
    ///
    /// Throws `Damage` when the bytes are not a cache this version wrote, whatever they are: the checksum catches
    /// accidents, and every length, count and value is checked as well, since a file with a right checksum can
    /// still say anything.
    static func decode(_ bytes: [UInt8]) throws(Damage) -> BuildCache? {
        guard !bytes.isEmpty else { throw Damage(reason: "it is empty") }
        guard bytes.count >= 16 else { throw Damage(reason: "it is only \(bytes.count) bytes long") }
        // The last 8 bytes are a checksum of the rest.
        var checksum = CacheReader(Array(bytes.suffix(8)))
        let content = Array(bytes.dropLast(8))
        // A cache of another version of Verity (an upgrade, say) is no damage: the build just starts afresh. Its
        // checksum may be made another way, so its version is read first.
        var reader = CacheReader(content)
        guard reader.int() == formatVersion else { return nil }
        guard checksum.uint64() == Self.checksum(content) else {
            throw Damage(reason: "its checksum does not match its content")
        }
        let globalKey = reader.uint64()
        let listingDigest = reader.uint64()
        // The writer sorts every keyed list, so a key out of order (or twice) is damage too.
        var lastKey: String?
        // Each article's entry after its key and size: found in one pass, then read on every processor.
        let spans = reader.list { reader -> (key: String, start: Int, body: Range<Int>) in
            let keyStart = reader.offset
            let key = reader.string()
            if let lastKey, lastKey >= key { reader.fail("an article out of order", at: keyStart) }
            lastKey = key
            let body = reader.sizedRange()
            return (key, keyStart, body)
        }
        let entries = spans.parallelMap(jobs: ProcessInfo.processInfo.activeProcessorCount) { span in
            var entryReader = CacheReader(Array(content[span.body]), base: span.body.lowerBound)
            let entry = readArticleEntry(from: &entryReader, stored: content[span.start..<span.body.upperBound])
            if entryReader.isValid, !entryReader.isAtEnd { entryReader.fail("more data after an article's entry") }
            return (entry, entryReader.damage)
        }
        // The first damage in the file, as reading it in one pass would find it.
        if let damage = entries.lazy.compactMap(\.1).first { reader.fail(damage: damage) }
        let articles = zip(spans, entries).map { ($0.key, $1.0) }
        let listings = reader.list { OutputSummary.read(from: &$0) }
        lastKey = nil
        let outputs = reader.list { reader -> (String, OutputRecord) in
            let keyStart = reader.offset
            let path = reader.string()
            if let lastKey, lastKey >= path { reader.fail("an output file out of order", at: keyStart) }
            lastKey = path
            let record = OutputRecord(
                hash: reader.uint64(), size: reader.int(in: 0...Int.max, "file size"), inode: reader.uint64(),
                modified: Int64(reader.int()),
                modifiedNanoseconds: Int64(reader.int(in: 0...999_999_999, "nanosecond count")))
            return (path, record)
        }
        let standingPages = reader.list { OutputSummary.read(from: &$0) }
        let folder = OutputRecord.FolderIdentity(device: reader.uint64(), inode: reader.uint64())
        if reader.isValid, !reader.isAtEnd { reader.fail("more data after the end") }
        if let damage = reader.damage { throw Damage(reason: damage) }
        return BuildCache(
            globalKey: globalKey, listingDigest: listingDigest,
            articles: Dictionary(articles, uniquingKeysWith: { first, _ in first }), listings: listings,
            outputs: Dictionary(outputs, uniquingKeysWith: { first, _ in first }), standingPages: standingPages,
            outputFolder: folder.inode == 0 ? nil : folder)
    }

    /// One article's entry after its key; its front matter and warnings are checked now, so that a cache that
    /// is read at all is whole (an entry found bad halfway through the build could not be taken back).
    ///
    /// `stored` are the entry's bytes in the cache file, key and size included.
    private static func readArticleEntry(from reader: inout CacheReader, stored: ArraySlice<UInt8>) -> ArticleEntry {
        let sourceHash = reader.uint64()
        // Each stored value starts after its 8-byte length.
        let articleStart = reader.offset + 8
        let encodedArticle = reader.sizedBytes()
        let warningsStart = reader.offset + 8
        let encodedWarnings = reader.sizedBytes()
        let page = OutputSummary.read(from: &reader)
        let bodyFirstLine = reader.int(in: 1...Int(Int32.max), "line or column")
        let stamp = reader.bool() ? FileStamp.read(from: &reader) : nil
        let relatedDigest = reader.uint64()
        var warnings: [Diagnostic] = []
        var decoded: Article?
        if reader.isValid {
            var article = CacheReader(encodedArticle, base: articleStart)
            let body = MarkdownBody(text: "", path: "", firstLine: 1)
            decoded = Article.read(from: &article, body: body)
            if decoded != nil, !article.isAtEnd {
                article.fail("more data after an article's front matter")
            }
            if let damage = article.damage { reader.fail(damage: damage) }
        }
        if reader.isValid, !encodedWarnings.isEmpty {
            do {
                warnings = try JSONDecoder().decode([Diagnostic].self, from: Data(encodedWarnings))
                // Only an article's warnings are kept: its errors would have stopped the build.
                if warnings.contains(where: { $0.severity != .warning }) {
                    reader.fail("a stored warning that is an error", at: warningsStart)
                }
            } catch {
                // The decoder's own message names a coding path, for programmers; the position says enough.
                reader.fail("stored warnings that cannot be read", at: warningsStart)
            }
        }
        return ArticleEntry(
            sourceHash: sourceHash, encodedArticle: encodedArticle, warnings: warnings, page: page,
            bodyFirstLine: bodyFirstLine, stamp: stamp, relatedDigest: relatedDigest, article: decoded,
            stored: reader.isValid && reader.isAtEnd ? stored : nil)
    }

    /// An article entry after its key and size, as `readArticleEntry` reads it.
    private func write(_ entry: ArticleEntry, warnings: [UInt8], to writer: inout CacheWriter) {
        writer.write(entry.sourceHash)
        writer.write(entry.encodedArticle.count)
        writer.append(entry.encodedArticle)
        writer.write(warnings.count)
        writer.append(warnings)
        entry.page.write(to: &writer)
        writer.write(entry.bodyFirstLine)
        writer.write(entry.stamp != nil)
        entry.stamp?.write(to: &writer)
        writer.write(entry.relatedDigest)
    }

    /// The checksum that ends a cache file: FNV-1a over 8-byte little-endian words (then the bytes left over,
    /// then the count), each step followed by a shift-xor so that every bit reaches every other.
    ///
    /// It only catches accidents (a cache is checked value by value anyway), and word by word it takes a
    /// tenth of the time of `ContentHash` over a cache of tens of megabytes.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x100_0000_01B3
            hash ^= hash >> 29
        }
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
            }
            for index in words * 8..<raw.count { mix(UInt64(raw[index])) }
        }
        mix(UInt64(bytes.count))
        return hash
    }

    /// `warnings` as JSON; `nil` in the unexpected case that they cannot be encoded.
    private static func encode(_ warnings: [Diagnostic]) -> [UInt8]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            return [UInt8](try encoder.encode(warnings))
        } catch {
            return nil
        }
    }

    /// The cache in the form `decode` reads, checksum included.
    func encoded() -> [UInt8] {
        // An article whose warnings cannot be stored is left out, so that the next build decodes it again and
        // reports them, rather than reporting none.
        let stored = articles.sorted(by: { $0.key < $1.key }).compactMap { path, entry in
            // An entry kept from the last cache as it was needs no encoding.
            entry.stored != nil
                ? (path, entry, [])
                : (entry.warnings.isEmpty ? [] : Self.encode(entry.warnings)).map {
                    (path, entry, $0)
                }
        }
        var writer = CacheWriter()
        // Room for the entries kept as they were and about as much again: a large site's cache is tens of
        // megabytes, and growing it step by step copies it over and over.
        writer.reserve(2 * articles.values.reduce(0) { $0 + ($1.stored?.count ?? 4096) })
        writer.write(Self.formatVersion)
        writer.write(globalKey)
        writer.write(listingDigest)
        writer.write(stored.count)
        for (path, entry, warnings) in stored {
            if let bytes = entry.stored {
                writer.append(bytes)
                continue
            }
            writer.write(path)
            var body = CacheWriter()
            write(entry, warnings: warnings, to: &body)
            writer.write(body.bytes.count)
            writer.append(body.bytes)
        }
        writer.write(listings.count)
        for page in listings { page.write(to: &writer) }
        writer.write(outputs.count)
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
            writer.write(path)
            writer.write(output.hash)
            writer.write(output.size)
            writer.write(output.inode)
            writer.write(Int(output.modified))
            writer.write(Int(output.modifiedNanoseconds))
        }
        writer.write(standingPages.count)
        for page in standingPages { page.write(to: &writer) }
        writer.write(outputFolder?.device ?? 0)
        writer.write(outputFolder?.inode ?? 0)
        writer.write(Self.checksum(writer.bytes))
        return writer.bytes
    }
}
