import Foundation
import Testing
import VerityTheme

@testable import Verity

/// The build cache is input too: whatever its bytes, a build never traps, reports a damaged cache once, and
/// writes what a clean build writes; a cache that cannot be saved is a warning and leaves no partial file.
@Suite("Damaged build caches")
struct CacheDamageTests {
    /// A cache file's content with `edit` applied and the checksum recomputed, so that the damage reaches the
    /// reader (the checksum guards against accidents, not against what the file says).
    static func resealed(_ cache: [UInt8], _ edit: (inout [UInt8]) -> Void) -> [UInt8] {
        var content = Array(cache.dropLast(8))
        edit(&content)
        var writer = CacheWriter()
        writer.append(content)
        writer.write(BuildCache.checksum(content))
        return writer.bytes
    }

    /// `value` as the cache writes numbers: 8 bytes, little-endian.
    static func number(_ value: Int) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(value)
        return writer.bytes
    }

    /// The fixture site, built once (so with a cache), and what a clean build of it writes.
    struct BuiltSite {
        let site: TestSite
        let clean: [String: [UInt8]]
        var cacheFile: URL { BuildCache.file(for: site.options) }

        init() throws {
            site = try TestSite(fixture: "basic-site")
            var options = site.options
            options.outputDirectory = site.root.appendingPathComponent("clean")
            options.useCache = false
            try SiteBuilder(options: options, theme: DefaultTheme()).build()
            clean = try Self.snapshot(site, "clean")
            try site.build()
        }

        /// Every file under `folder`, by path.
        static func snapshot(_ site: TestSite, _ folder: String) throws -> [String: [UInt8]] {
            Dictionary(
                uniqueKeysWithValues: try site.files(in: folder).map {
                    ($0, try [UInt8](Data(contentsOf: site.root.appendingPathComponent(folder + "/" + $0))))
                })
        }

        func output() throws -> [String: [UInt8]] {
            try Self.snapshot(site, "output")
        }

        func cache() throws -> [UInt8] {
            try [UInt8](Data(contentsOf: cacheFile))
        }

        /// The build's warnings about the cache, as printed, with the site's folder left out of paths.
        func cacheWarnings(_ summary: BuildSummary) -> [String] {
            let prefix = DisplayPath.of(site.root) + "/"
            return summary.warnings.map { $0.description.replacingOccurrences(of: prefix, with: "") }
                .filter { $0.hasPrefix(".verity-cache/") }
        }
    }

    static let ignored = "; it is ignored and every page is rebuilt"

    @Test("a string length of 2^63-1 is reported once and the build equals a clean build")
    func hugeLength() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        // Byte 32 is the first article's file name: after the version, two hashes and the article count.
        let damaged = Self.resealed(try built.cache()) { $0.replaceSubrange(32..<40, with: Self.number(Int.max)) }
        try Data(damaged).write(to: built.cacheFile)
        let summary = try built.site.build()
        #expect(
            built.cacheWarnings(summary) == [
                ".verity-cache/output.cache: warning: the build cache is damaged (an out-of-range length "
                    + "9223372036854775807 at byte 32)" + Self.ignored
            ])
        #expect(try built.output() == built.clean)
        // The build saved a good cache in its place: the next build says nothing and reuses it.
        #expect(try built.cacheWarnings(built.site.build()) == [])
        #expect(BuildCache.load(from: BuildCache.file(for: built.site.options), log: DiagnosticCollector()) != nil)
    }

    @Test("each kind of damage is named, and the build equals a clean build")
    func damageCatalogue() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let good = try built.cache()
        let cases: [(damage: [UInt8], reason: String)] = [
            ([], "it is empty"),
            (Array(good.prefix(10)), "it is only 10 bytes long"),
            (good.dropLast() + [good[good.count - 1] ^ 1], "its checksum does not match its content"),
            (
                Self.resealed(good) { $0.replaceSubrange(24..<32, with: Self.number(-1)) },
                "an out-of-range count -1 at byte 24"
            ),
            (
                Self.resealed(good) { $0.replaceSubrange(24..<40, with: Self.number(0) + Self.number(1 << 62)) },
                "an out-of-range count 4611686018427387904 at byte 32"
            ),
            (
                Self.resealed(good) { $0.replaceSubrange(32..<40, with: Self.number(-8)) },
                "an out-of-range length -8 at byte 32"
            ),
            // The last number, a file's modification time, cut short.
            (Self.resealed(good) { $0.removeLast(5) }, "a value cut short at byte \(good.count - 16)"),
            (Self.resealed(good) { $0.append(0) }, "more data after the end at byte \(good.count - 8)"),
        ]
        for (damage, reason) in cases {
            try Data(damage).write(to: built.cacheFile)
            let summary = try built.site.build()
            #expect(
                built.cacheWarnings(summary) == [
                    ".verity-cache/output.cache: warning: the build cache is damaged (\(reason))" + Self.ignored
                ])
            #expect(try built.output() == built.clean, "\(reason)")
        }
    }

    @Test("a cache another version wrote, with its checksum made another way, is no damage: no warning")
    func otherVersion() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        var older = try built.cache()
        older.replaceSubrange(0..<8, with: Self.number(BuildCache.formatVersion - 1))
        older[older.count - 1] ^= 1
        try Data(older).write(to: built.cacheFile)
        let summary = try built.site.build()
        #expect(built.cacheWarnings(summary) == [])
        #expect(try built.output() == built.clean)
    }

    @Test("a cache that cannot be read or saved is a warning each, and leaves no partial file")
    func unreadableAndUnsaved() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        // A folder where the cache file goes: it can be neither read nor replaced.
        try FileManager.default.removeItem(at: built.cacheFile)
        try FileManager.default.createDirectory(
            at: built.cacheFile.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let summary = try built.site.build()
        #expect(
            built.cacheWarnings(summary) == [
                ".verity-cache/output.cache: warning: cannot read the build cache: Is a directory" + Self.ignored,
                ".verity-cache/output.cache: warning: cannot save the build cache: Is a directory; the next build "
                    + "starts from scratch",
            ])
        #expect(try built.output() == built.clean)
        #expect(!FileManager.default.fileExists(atPath: built.cacheFile.path + ".partial"))
    }

    @Test("a save that fails halfway, as on a full disk, leaves neither a partial cache nor the old one")
    func fullDisk() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let cache = try #require(
            BuildCache.load(from: BuildCache.file(for: built.site.options), log: DiagnosticCollector()))
        let warning = cache.save(to: BuildCache.file(for: built.site.options)) {
            bytes, descriptor, path throws(FileWriting.Failure) in
            // Half the bytes get to the disk, then it is full.
            _ = write(descriptor, bytes.baseAddress, bytes.count / 2)
            throw FileWriting.Failure(path: path, reason: String(cString: strerror(ENOSPC)))
        }
        let prefix = DisplayPath.of(built.site.root) + "/"
        #expect(
            warning?.description.replacingOccurrences(of: prefix, with: "")
                == ".verity-cache/output.cache: warning: cannot save the build cache: No space left on device; the "
                + "next build starts from scratch")
        // The old cache described the output folder the build replaced: it goes too.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: built.cacheFile.deletingLastPathComponent().path)
                .filter { $0.hasPrefix("output.cache") } == [])
        // The next build starts afresh, quietly, and saves a cache again.
        #expect(try built.cacheWarnings(built.site.build()) == [])
        #expect(try built.output() == built.clean)
        #expect(FileManager.default.fileExists(atPath: built.cacheFile.path))
    }

    /// Positions of the numbers in `content` that look like lengths and counts (from 0 to the content's size):
    /// the fields whose damage tests the reader's bounds.
    static func countLikeFields(_ content: [UInt8]) -> [Int] {
        (0..<max(0, content.count - 7)).filter { position in
            var reader = CacheReader(Array(content[position..<position + 8]))
            return (0...content.count).contains(reader.int())
        }
    }

    /// One random damage to `cache`, its checksum recomputed: bytes flipped, a length or count set to an extreme,
    /// the file cut short, or a stretch removed or repeated.
    static func damage(_ cache: [UInt8], fields: [Int], using generator: inout SeededGenerator) -> [UInt8] {
        resealed(cache) { content in
            guard !content.isEmpty else { return }
            let position = Int.random(in: 0..<content.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    content[Int.random(in: 0..<content.count, using: &generator)] ^= UInt8.random(
                        in: 1...255, using: &generator)
                }
            case 1:
                guard let field = fields.randomElement(using: &generator), field + 8 <= content.count else { return }
                let extremes = [
                    Int.max, Int.min, -1, -8, 1 << 31, 1 << 32, 1 << 62, Int.max - 7, content.count,
                    content.count - field - 8, content.count - field - 7, content.count / 8 + 1,
                ]
                let value = extremes.randomElement(using: &generator) ?? 0
                content.replaceSubrange(field..<field + 8, with: number(value))
            case 2:
                content.removeSubrange(position...)
            default:
                let length = Int.random(in: 1...64, using: &generator)
                let range = position..<min(content.count, position + length)
                if Bool.random(using: &generator) {
                    content.removeSubrange(range)
                } else {
                    content.insert(contentsOf: content[range], at: position)
                }
            }
        }
    }

    /// Random damage behind a recomputed checksum, with a fixed seed (a failure names its round).
    ///
    /// Damage the reader can see (most of it: a length, count, flag or value out of range, a file cut short) must
    /// give one warning and the output of a clean build. Some damage it cannot see: a letter changed inside a
    /// title or a link is still a well-formed cache, which says something else; nothing in the file can tell it
    /// from the truth once its checksum is recomputed, so such a build may differ, or fail with a broken link,
    /// but must still not trap.
    @Test("random damage behind a recomputed checksum never traps; damage the reader sees gives a clean build")
    func fuzz() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        var generator = SeededGenerator(seed: 2026_12)
        let good = try built.cache()
        let fields = Self.countLikeFields(Array(good.dropLast(8)))
        // The reader alone, many times: a trap ends the test run.
        var rejected = 0
        let reads = 3000
        for _ in 0..<reads {
            do {
                _ = try BuildCache.decode(Self.damage(good, fields: fields, using: &generator))
            } catch {
                rejected += 1
            }
        }
        #expect(rejected > reads * 3 / 4, "most damage reaches the reader's checks")
        // Whole builds, each with damage to the cache the last good build saved (so its records match output/).
        var current = good
        var ignored = 0
        let builds = 100
        for round in 0..<builds {
            let damaged = Self.damage(current, fields: fields, using: &generator)
            // Whether the cache can be read, and if not whether the reader complains (another format version is
            // no damage: it is quietly not used).
            let (readable, warnings): (Bool, Int)
            do {
                (readable, warnings) = (try BuildCache.decode(damaged) != nil, 0)
            } catch {
                (readable, warnings) = (false, 1)
            }
            try Data(damaged).write(to: built.cacheFile)
            do {
                let summary = try built.site.build()
                if !readable {
                    ignored += 1
                    #expect(try built.output() == built.clean, "round \(round)")
                    #expect(built.cacheWarnings(summary).count == warnings, "round \(round)")
                }
                current = try built.cache()
            } catch let failure as BuildFailure {
                #expect(readable, "round \(round): a cache that was ignored failed the build: \(failure)")
                try Data(current).write(to: built.cacheFile)
            }
        }
        #expect(ignored > builds * 3 / 4, "most damage reaches the reader's checks")
    }

    @Test("a damaged cache does not fail a --strict build: the warning concerns no content")
    func strict() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.siteYAML)
        try site.writeTransparencyPage()
        try site.write(
            "content/articles/plain.md", "---\ntitle: Plain\ndate: 2025-05-01\nsummary: Plain.\n---\nText.\n")
        var options = site.options
        options.strict = true
        let builder = SiteBuilder(options: options, theme: DefaultTheme())
        try builder.build()
        let cacheFile = BuildCache.file(for: options)
        try Data(Self.resealed(try [UInt8](Data(contentsOf: cacheFile))) { $0.removeLast() }).write(to: cacheFile)
        #expect(
            try builder.build().warnings.map(\.problem.message).contains { $0.hasPrefix("the build cache is damaged") })
        #expect(try builder.build().warnings.isEmpty)
    }
}
