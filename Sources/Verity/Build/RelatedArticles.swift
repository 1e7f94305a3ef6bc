/// "Related fact checks": for each article, the other published articles that share its claimants or tags.
///
/// An article scores `claimantWeight` for each claimant it shares (the same person or organisation making
/// claims again is the strongest link) and `tagWeight` for each shared tag. The best `limit` are kept, ties
/// going to the newer, then to the smaller slug: the site's order, so ranking by index is deterministic.
/// Articles are found through an index from each claimant and tag to its articles; of a tag or claimant
/// with more than `candidatesPerKey` articles only the newest that many are looked at, so that a tag on
/// every article does not make the work grow with the square of the site.
struct RelatedArticles: Sendable {
    static let limit = 4
    static let candidatesPerKey = 200
    static let claimantWeight: Int32 = 3
    static let tagWeight: Int32 = 1

    /// For each article (by its index in the site's articles), the indices of its related ones, best first.
    let lists: [[Int]]

    /// Finds the related articles of every article of `articles` (in site order, newest first).
    ///
    /// Runs on `jobs` threads. Drafts get related articles but are never one.
    init(_ articles: [Article], jobs: Int) {
        // Each claimant and tag becomes a number, so that the inner loop indexes arrays instead of hashing.
        var ids: [Key: Int] = [:]
        var numbered: [[(id: Int, weight: Int32)]] = []
        numbered.reserveCapacity(articles.count)
        for articleKeys in articles.parallelMap(jobs: jobs, Self.keys) {
            numbered.append(
                articleKeys.map { key, weight in
                    if let id = ids[key] { return (id, weight) }
                    ids[key] = ids.count
                    return (ids.count - 1, weight)
                })
        }
        let keys = numbered
        var postings = [[Int32]](repeating: [], count: ids.count)
        for (index, article) in articles.enumerated() where !article.draft {
            for key in keys[index] where postings[key.id].count < Self.candidatesPerKey {
                postings[key.id].append(Int32(index))
            }
        }
        let candidates = postings
        let count = articles.count
        // Chunks of consecutive articles, each with one score array of its own.
        let chunkSize = max(64, (count + jobs * 4 - 1) / max(1, jobs * 4))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        lists = chunks.parallelMap(jobs: jobs) { chunk -> [[Int]] in
            var scores = [Int32](repeating: 0, count: count)
            var touched: [Int] = []
            return chunk.map { index in
                scores.withUnsafeMutableBufferPointer { scores in
                    for (id, weight) in keys[index] {
                        candidates[id].withUnsafeBufferPointer { candidates in
                            for candidate in candidates where Int(candidate) != index {
                                let other = Int(candidate)
                                if scores[other] == 0 { touched.append(other) }
                                scores[other] += weight
                            }
                        }
                    }
                }
                let best = Self.best(touched, scores: scores)
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
                return best
            }
        }.flatMap { $0 }
    }

    /// The `limit` best of `candidates`: the highest score, then the smallest index (newer, then by slug).
    private static func best(_ candidates: [Int], scores: [Int32]) -> [Int] {
        var best: [Int] = []
        best.reserveCapacity(limit + 1)
        func isBetter(_ candidate: Int, than other: Int) -> Bool {
            scores[candidate] > scores[other] || (scores[candidate] == scores[other] && candidate < other)
        }
        for candidate in candidates {
            // Most candidates are no better than the fourth: one comparison, not four.
            if best.count == limit, let last = best.last, !isBetter(candidate, than: last) { continue }
            // Insertion into a list of at most `limit`: candidates are hundreds, the list is four.
            let position =
                best.firstIndex { isBetter(candidate, than: $0) } ?? best.count
            guard position < limit else { continue }
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// A claimant or a tag, as articles of one edition (by its folder) share it: related checks are in the
    /// article's own language.
    enum Key: Hashable, Sendable {
        case claimant(String, edition: String)
        case tag(String, edition: String)
    }

    /// An article's claimants and tags, each once, with its weight.
    @Sendable private static func keys(_ article: Article) -> [(key: Key, weight: Int32)] {
        // An article has a handful of keys: a linear search is cheaper than hashing them into a set.
        var keys: [(key: Key, weight: Int32)] = []
        for claim in article.claims {
            let key = Key.claimant(normalized(claim.claimant), edition: article.edition)
            if !keys.contains(where: { $0.key == key }) { keys.append((key, claimantWeight)) }
        }
        for tag in article.tags where !keys.contains(where: { $0.key == .tag(tag, edition: article.edition) }) {
            keys.append((.tag(tag, edition: article.edition), tagWeight))
        }
        return keys
    }

    /// A claimant as compared: lowercased, runs of white space as one space, none at the ends
    /// (`Mayor  Jane Doe` and `mayor jane doe` are one claimant).
    static func normalized(_ claimant: String) -> String {
        // Most claimants are plain ASCII already in shape but for capitals: those are lowercased byte by byte.
        var previousIsSpace = true
        var plain = true
        for byte in claimant.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if byte >= 0x80 || (byte < 0x20) || (isSpace && previousIsSpace) {
                plain = false
                break
            }
            previousIsSpace = isSpace
        }
        guard plain, !previousIsSpace else {
            return claimant.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return String(
            decoding: claimant.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// A hash of what an article's page shows of its related articles (their slugs, titles, dates and headline
    /// verdicts), so that the build cache re-renders the page when any of it changes.
    static func digest(of related: [Int], in articles: [Article]) -> UInt64 {
        var hash = ContentHash()
        hash.add(UInt64(related.count))
        for index in related {
            let article = articles[index]
            hash.add(article.slug)
            hash.add(article.title)
            hash.add(article.date.text)
            hash.add(article.headlineVerdict?.rawValue ?? "")
        }
        return hash.value
    }
}
