/// Finds the closest known word to a misspelt one, for "did you mean" hints.
///
/// The hint is a courtesy, so its cost is bounded whatever the input: words longer than `lengthLimit` get no
/// hint and are not offered as one, and one call does at most `workLimit` steps (a step per scalar of each
/// candidate looked at, a step per cell of each edit-distance table filled), after which the best so far is
/// the answer. A body with many unknown ids against many declared ones therefore costs time in proportion to
/// its errors, not to their product, and two very long ids are never compared.
enum Suggestion {
    /// The longest word, in Unicode scalars, that is compared at all (ids and keys are far shorter).
    static let lengthLimit = 64
    /// The most steps one call takes: enough for some fifty candidates of twenty letters, or 150 of ten.
    static let workLimit = 20_000

    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        // A scalar takes at most 4 UTF-8 bytes: a cheap test before any copy of a long word.
        guard word.utf8.count <= lengthLimit * 4 else { return nil }
        let lowered = Array(word.lowercased().unicodeScalars)
        guard lowered.count <= lengthLimit else { return nil }
        var best: (word: String, distance: Int)?
        var work = 0
        for candidate in candidates {
            guard work < workLimit else { break }
            work += 1
            guard candidate.utf8.count <= lengthLimit * 4 else { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            work += other.count
            let limit = max(1, min(3, candidate.unicodeScalars.count / 3))
            // Each edit changes the length by at most one.
            guard other.count <= lengthLimit, abs(other.count - lowered.count) <= limit else { continue }
            work += (lowered.count + 1) * (other.count + 1)
            guard work <= workLimit else { break }
            let distance = editDistance(lowered, other)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.word) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.word
    }

    /// The Levenshtein distance, counting an adjacent transposition as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
