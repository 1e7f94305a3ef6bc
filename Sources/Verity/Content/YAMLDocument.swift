/// Parses YAML text into a `YAMLTree` that remembers lines and columns, mapping errors to diagnostics.
enum YAMLDocument {
    /// A 1-based line and column in the YAML text.
    private typealias Mark = YAMLTree.Mark

    /// The document in `yaml` (with no node when it is empty); records malformed YAML as an error.
    static func parse(_ yaml: String, origin: YAMLFields.Origin, log: DiagnosticCollector) -> (ok: Bool, tree: YAMLTree)
    {
        do {
            let tree = try YAMLTree(parsing: yaml)
            // An alias repeats a whole subtree: nine of them nested nine deep make a billion nodes to walk.
            // Editors never need them, so the first anchor (which precedes any alias to it) is an error.
            if let anchored = tree.nodes.first(where: \.hasAnchor) {
                log.error(
                    .yamlAnchor,
                    at: SourceLocation(
                        path: origin.path, line: Int(anchored.line) + origin.lineOffset, column: Int(anchored.column)))
                return (false, YAMLTree())
            }
            return (true, tree)
        } catch {
            var (problem, yamlMark) = describe(error)
            var mark = yamlMark
            if let yamlMark, let (clearer, place) = explain(problem, at: yamlMark, in: yaml, origin: origin) {
                problem = clearer
                mark = place
            }
            if case .duplicateKeys(let keys, let first) = error, let key = keys.first {
                mark = repeatedKey(key, after: first, in: yaml) ?? mark
            }
            let location =
                mark.map { SourceLocation(path: origin.path, line: $0.line + origin.lineOffset, column: $0.column) }
                ?? SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1)
            if case .duplicateKeys(let keys, _) = error, let key = keys.first {
                log.error(.duplicateKey(key), at: location)
            } else {
                log.error(problem, at: location)
            }
        }
        return (false, YAMLTree())
    }

    /// The parser's own words for `failure`, as a problem, and where it happened.
    private static func describe(_ failure: YAMLTree.Failure) -> (Problem, Mark?) {
        switch failure {
        case .syntax(let context, let contextMark, let problem, let mark):
            if problem.contains("Maximum nesting level reached") {
                return (.malformedYAML("lists or mappings are nested too deeply"), mark)
            }
            let text = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // At the end of the text the problem's own place says little: point at what was left open.
            let place = problem.contains("end of stream") ? (contextMark ?? mark) : mark
            return (.malformedYAML(text + hint(for: problem)), place)
        case .duplicateKeys(let keys, let first):
            return (.malformedYAML("duplicate key \(keys.joined(separator: ", "))"), first)
        case .reader(let problem):
            return (.malformedYAML(problem), nil)
        case .other(let words):
            return (.malformedYAML(words), nil)
        }
    }

    /// What to do about the commonest YAML mistakes (a tab, a reserved first character, a line indented to no
    /// level above it), found from the text at `mark`; `nil` when the parser's words are all there is to say.
    private static func explain(
        _ problem: Problem, at mark: Mark, in yaml: String, origin: YAMLFields.Origin
    ) -> (Problem, Mark)? {
        guard case .malformedYAML(let words) = problem else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(YAMLLevel.Line.init)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        let line = lines[mark.line - 1]
        let scalars = Array(line.text.unicodeScalars)
        let here = mark.column <= scalars.count ? scalars[mark.column - 1] : nil
        if words.contains("cannot start any token") || words.contains("tab character that violates indentation") {
            if here == "\t" {
                let isIndentation = scalars[..<(mark.column - 1)].allSatisfy { $0 == " " || $0 == "\t" }
                return (isIndentation ? .yamlTabIndent : .yamlTab, mark)
            }
            if let here, here == "@" || here == "`" || here == "%" {
                return (.yamlReservedStart(String(here)), mark)
            }
            return nil
        }
        if words.contains("did not find expected key") || words.contains("did not find expected '-' indicator") {
            // The parser stopped at the line's first character: the line is indented to no level open above it.
            let levels = YAMLLevel.open(above: mark.line - 1, in: lines, lineOffset: origin.lineOffset)
            guard mark.column == line.indentation + 1, !levels.isEmpty,
                !levels.contains(where: { $0.spaces == line.indentation })
            else { return nil }
            // A list item's key is not what is misplaced: its `-` is.
            let key = line.contentIndentation == line.indentation ? line.key : nil
            return (.yamlUnalignedLine(key: key, spaces: line.indentation, levels: levels), mark)
        }
        if words.contains("mapping values are not allowed") {
            // A `key:` that starts its line yet cannot be a key: the line is indented past the key above it, whose
            // value YAML continues onto this line. (A ': ' earlier on the line is a value holding ': '.)
            guard mark.column - 1 > line.contentIndentation, mark.column - 1 <= scalars.count,
                !String(String.UnicodeScalarView(scalars[line.contentIndentation..<(mark.column - 1)])).contains(": "),
                let above = lines[..<(mark.line - 1)].lastIndex(where: {
                    !$0.isBlank && $0.contentIndentation < line.contentIndentation && $0.key != nil
                }),
                let aboveKey = lines[above].key
            else { return nil }
            return (
                .yamlOverIndented(key: line.key, above: aboveKey, line: above + 1 + origin.lineOffset),
                Mark(line: mark.line, column: line.contentIndentation + 1)
            )
        }
        return nil
    }

    /// Where `key` is written again, at the same column, after its first use at `first` (Yams reports the first).
    private static func repeatedKey(_ key: String, after first: Mark, in yaml: String) -> Mark? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let start = first.column - 1
            guard start >= 0, start < scalars.count else { continue }
            let prefix = scalars[..<start]
            guard prefix.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            if rest.hasPrefix(key + ":") || rest.hasPrefix(key + " :") {
                return Mark(line: index + 1, column: first.column)
            }
        }
        return nil
    }

    private static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return " (put quotes around a value that contains ': ')"
        }
        if problem.contains("found character that cannot start any token") {
            return " (use spaces, not tabs, and quote values that start with @, ` or %)"
        }
        return ""
    }
}
