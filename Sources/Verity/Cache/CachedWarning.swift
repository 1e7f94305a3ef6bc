/// A warning that depends on an article's file alone, as the build cache keeps it with the article.
struct CachedWarning: Sendable, Hashable {
    var line: Int
    var column: Int
    /// Which warning: 1 long claim, 2 source without archive, 3 stale source, 4 claims without badges.
    var kind: Int
    var numbers: [Int]
    var text: String

    /// The cached form of `diagnostic`, or `nil` for one that is not a cacheable warning.
    init?(_ diagnostic: Diagnostic) {
        guard diagnostic.severity == .warning else { return nil }
        line = diagnostic.location.line ?? 0
        column = diagnostic.location.column ?? 0
        text = ""
        switch diagnostic.problem {
        case .longClaim(let count, let limit): (kind, numbers) = (1, [count, limit])
        case .sourceWithoutArchive(let id): (kind, numbers, text) = (2, [], id)
        case .staleSource(let id, let days, let limit): (kind, numbers, text) = (3, [days, limit], id)
        case .claimsWithoutBadges: (kind, numbers) = (4, [])
        default: return nil
        }
    }

    private init(line: Int, column: Int, kind: Int, numbers: [Int], text: String) {
        (self.line, self.column, self.kind, self.numbers, self.text) = (line, column, kind, numbers, text)
    }

    /// The warning again, for the article file at `path`; `nil` when the cache holds something unknown.
    func diagnostic(in path: String) -> Diagnostic? {
        let problem: Problem
        switch (kind, numbers.count) {
        case (1, 2): problem = .longClaim(numbers[0], limit: numbers[1])
        case (2, 0): problem = .sourceWithoutArchive(text)
        case (3, 2): problem = .staleSource(text, days: numbers[0], limit: numbers[1])
        case (4, 0): problem = .claimsWithoutBadges
        default: return nil
        }
        return Diagnostic(problem, at: SourceLocation(path: path, line: line, column: column), severity: .warning)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(line)
        writer.write(column)
        writer.write(kind)
        writer.write(numbers.count)
        numbers.forEach { writer.write($0) }
        writer.write(text)
    }

    static func read(from reader: inout CacheReader) -> CachedWarning {
        let line = reader.int(), column = reader.int(), kind = reader.int()
        let numbers = (0..<max(0, min(reader.int(), 8))).map { _ in reader.int() }
        return CachedWarning(line: line, column: column, kind: kind, numbers: numbers, text: reader.string())
    }
}
