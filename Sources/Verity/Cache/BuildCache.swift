import Foundation

/// What the previous build of an output folder produced, so that work giving the same bytes can be skipped.
///
/// It lives beside the output folder (`.verity-cache/<output name>`) and is only a shortcut: a missing, stale
/// or unreadable cache gives a full build, and everything it lets the build skip is keyed by hashes of the
/// inputs it came from (`globalKey` for templates, site.yml, pages, static files and the binary).
struct BuildCache: Sendable {
    /// One article as it was last built.
    struct ArticleEntry: Sendable {
        /// Hash of the article's file.
        var sourceHash: UInt64
        /// The encoded front matter (`Article.write(to:)`), decoded only when used.
        var encodedArticle: [UInt8]
        /// The file's own warnings, whatever their kind, as they were reported.
        var warnings: [Diagnostic]
        var page: OutputSummary
    }

    static let formatVersion = 4

    var globalKey: UInt64
    /// Hash of every published article's front matter, in order: the listings' input.
    var listingDigest: UInt64
    /// Keyed by the article file's name (`CachePlan.key`).
    var articles: [String: ArticleEntry]
    /// Listing pages and site files (everything that is neither an article nor a standing page).
    var listings: [OutputSummary]
    /// Every output file's content hash and size, to write only files whose bytes change.
    var outputs: [String: OutputRecord]

    /// The cache file for `output`.
    static func file(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".verity-cache")
            .appendingPathComponent(output.lastPathComponent + ".cache")
    }

    /// The cache of the last build into `output`, or `nil` when there is none that can be read.
    static func load(for output: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: file(for: output).path), data.count > 8 else {
            return nil
        }
        // The last 8 bytes are a checksum of the rest: a damaged cache is not used.
        let bytes = [UInt8](data)
        var checksum = CacheReader(Array(bytes.suffix(8)))
        var content = ContentHash()
        content.add(bytes: Array(bytes.dropLast(8)))
        guard checksum.uint64() == content.value else { return nil }
        var reader = CacheReader(Array(bytes.dropLast(8)))
        guard reader.int() == formatVersion else { return nil }
        let globalKey = reader.uint64()
        let listingDigest = reader.uint64()
        var articles: [String: ArticleEntry] = [:]
        for _ in 0..<max(0, min(reader.int(), 10_000_000)) {
            let path = reader.string()
            let sourceHash = reader.uint64()
            let encodedArticle = reader.bytes(reader.int())
            let warningBytes = reader.bytes(reader.int())
            guard
                let warnings = warningBytes.isEmpty
                    ? [] : try? JSONDecoder().decode([Diagnostic].self, from: Data(warningBytes))
            else { return nil }
            let page = OutputSummary.read(from: &reader)
            articles[path] = ArticleEntry(
                sourceHash: sourceHash, encodedArticle: encodedArticle, warnings: warnings, page: page)
        }
        let listings = (0..<max(0, min(reader.int(), 10_000_000))).map { _ in OutputSummary.read(from: &reader) }
        var outputs: [String: OutputRecord] = [:]
        for _ in 0..<max(0, min(reader.int(), 10_000_000)) {
            let path = reader.string()
            outputs[path] = OutputRecord(
                hash: reader.uint64(), size: reader.int(), inode: reader.uint64(),
                modified: Int64(reader.int()), modifiedNanoseconds: Int64(reader.int()))
        }
        guard reader.isValid, reader.isAtEnd else { return nil }
        return BuildCache(
            globalKey: globalKey, listingDigest: listingDigest, articles: articles, listings: listings, outputs: outputs
        )
    }

    /// `warnings` as JSON: every kind of diagnostic goes in, so none can be dropped on the way.
    private static func encode(_ warnings: [Diagnostic]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(warnings)).map { [UInt8]($0) } ?? []
    }

    /// Writes the cache for `output`; a cache that cannot be written is left out (the next build is then full).
    func save(for output: URL) {
        var writer = CacheWriter()
        writer.write(Self.formatVersion)
        writer.write(globalKey)
        writer.write(listingDigest)
        writer.write(articles.count)
        for (path, entry) in articles.sorted(by: { $0.key < $1.key }) {
            writer.write(path)
            writer.write(entry.sourceHash)
            writer.write(entry.encodedArticle.count)
            writer.append(entry.encodedArticle)
            let warnings = entry.warnings.isEmpty ? [] : Self.encode(entry.warnings)
            writer.write(warnings.count)
            writer.append(warnings)
            entry.page.write(to: &writer)
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
        var checksum = ContentHash()
        checksum.add(bytes: writer.bytes)
        writer.write(checksum.value)
        let url = Self.file(for: output)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileWriting.write(bytes: writer.bytes, to: url.path)
    }
}
