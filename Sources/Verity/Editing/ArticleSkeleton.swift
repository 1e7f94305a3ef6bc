import Foundation

/// The file `generate new` writes: a new fact check with a commented front-matter skeleton (one claim, one
/// source), marked as a draft so that it cannot be published by accident.
public enum ArticleSkeleton {
    /// Why a new article could not be written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case noSlug(String)
        case invalidSlug(String)
        case invalidDate(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path):
                return "\(path) already exists; edit it, or choose another headline or --slug"
            case .noSlug(let headline):
                return "the headline '\(headline)' has no letters or digits to make a file name from; give --slug"
            case .invalidSlug(let slug):
                return "invalid slug '\(slug)': use only lowercase letters, digits and '-'"
            case .invalidDate(let date):
                return "invalid date '\(date)' for --date: use YYYY-MM-DD"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    /// The longest slug made from a headline; longer ones are cut at a hyphen.
    static let slugLimit = 60

    /// A file name for `headline`: "Did NATO's chief say 5%?" → `did-natos-chief-say-5`.
    public static func slug(for headline: String) -> String {
        let folded = headline.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        if slug.count > slugLimit {
            let cut = slug.prefix(slugLimit)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        return slug
    }

    /// The skeleton's text for `headline`, dated `date` (`YYYY-MM-DD`).
    public static func text(headline: String, date: String) -> String {
        """
        ---
        # A new fact check, written by `generate new`. Lines starting with # are comments.
        # The format is in docs/content-format.md; `generate check` tells you what is missing.
        title: \(yamlQuoted(headline))
        date: \(date)
        summary: "\(SkeletonPlaceholders.summary)"
        # author: Your Name        # when site.yml has no default_author
        # tags: [topic-a, topic-b]
        draft: true                # delete this line to publish
        sources:
          # One entry per source we asked. The id (source-one) is what [@source-one] cites in the text.
          source-one:
            name: \(SkeletonPlaceholders.sourceName)
            status: pending        # confirmed, statement, denied, no-comment, no-response, pending, unverified
            date: \(date)           # when this status was established
            # said: "What they said, in their words."
            # url: https://example.org/where-they-said-it
            # archive: https://web.archive.org/web/…
        claims:
          - claim: "\(SkeletonPlaceholders.claim)"
            claimant: \(SkeletonPlaceholders.claimant)
            # appeared: https://example.org/where-the-claim-appeared
            verdict: unproven      # true, mostly-true, mixed, mostly-false, false, misleading, missing-context, \
            unproven
            conclusion: "\(SkeletonPlaceholders.conclusion)"
            sources: [source-one]
        ---

        \(SkeletonPlaceholders.opening) [@source-one].

        ## What we found

        \(SkeletonPlaceholders.findings)

        """
    }

    /// Writes the skeleton to `content/articles/<slug>.md` and returns its URL; never overwrites a file.
    public static func create(headline: String, date: String, slug: String? = nil, contentDirectory: URL) throws -> URL
    {
        guard ContentDate(date) != nil, date.count == 10 else { throw Failure.invalidDate(date) }
        let name = slug ?? self.slug(for: headline)
        guard !name.isEmpty else { throw Failure.noSlug(headline) }
        guard Identifier.isValid(name) else { throw Failure.invalidSlug(name) }
        let folder = contentDirectory.appendingPathComponent("articles")
        let file = folder.appendingPathComponent(name + ".md")
        let shown = DisplayPath.of(file)
        guard FileLister.kind(file.path, following: false) == .missing else { throw Failure.exists(shown) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // `.withoutOverwriting`: a file that appeared meanwhile is not replaced either.
            try Data(text(headline: headline, date: date).utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            if FileLister.kind(file.path, following: false) != .missing { throw Failure.exists(shown) }
            throw Failure.cannotWrite(shown, reason: (error as NSError).localizedDescription)
        }
        return file
    }

    /// `text` as a double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n", "\r", "\t": quoted += " "
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
