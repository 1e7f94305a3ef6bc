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

    /// Finds the related articles of every article of `articles` (in site order, newest first) on `jobs`
    /// threads. Drafts get related articles but are never one.
    init(_ articles: [Article], jobs: Int) {
        let keys = articles.map(Self.keys)
        var postings: [Key: [Int]] = [:]
        for (index, article) in articles.enumerated() where !article.draft {
            for key in keys[index] { postings[key.key, default: []].append(index) }
        }
        let candidates = postings.mapValues { Array($0.prefix(Self.candidatesPerKey)) }
        let count = articles.count
        // Chunks of consecutive articles, each with one score array of its own (no hashing per candidate).
        let chunkSize = max(64, (count + jobs * 4 - 1) / max(1, jobs * 4))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        lists = chunks.parallelMap(jobs: jobs) { chunk -> [[Int]] in
            var scores = [Int32](repeating: 0, count: count)
            var touched: [Int] = []
            return chunk.map { index in
                for (key, weight) in keys[index] {
                    for other in candidates[key] ?? [] where other != index {
                        if scores[other] == 0 { touched.append(other) }
                        scores[other] += weight
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
        for candidate in candidates {
            // Insertion into a list of at most `limit`: candidates are hundreds, the list is four.
            let position =
                best.firstIndex {
                    scores[candidate] > scores[$0] || (scores[candidate] == scores[$0] && candidate < $0)
                } ?? best.count
            guard position < limit else { continue }
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// A claimant or a tag, as articles share it.
    enum Key: Hashable, Sendable {
        case claimant(String)
        case tag(String)
    }

    /// An article's claimants and tags, each once, with its weight.
    private static func keys(_ article: Article) -> [(key: Key, weight: Int32)] {
        var seen = Set<Key>()
        var keys: [(key: Key, weight: Int32)] = []
        for claim in article.claims {
            let key = Key.claimant(normalized(claim.claimant))
            if seen.insert(key).inserted { keys.append((key, claimantWeight)) }
        }
        for tag in article.tags where seen.insert(.tag(tag)).inserted {
            keys.append((.tag(tag), tagWeight))
        }
        return keys
    }

    /// A claimant as compared: lowercased, runs of white space as one space, none at the ends
    /// (`Mayor  Jane Doe` and `mayor jane doe` are one claimant).
    static func normalized(_ claimant: String) -> String {
        claimant.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
