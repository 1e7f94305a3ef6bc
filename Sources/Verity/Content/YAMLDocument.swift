import Yams

/// Parses YAML text into a node tree that remembers line and column, mapping errors to diagnostics.
enum YAMLDocument {
    /// A 1-based line and column in the YAML text.
    private struct Position {
        var line: Int
        var column: Int
    }

    /// The root node of `yaml` (or `nil` for an empty document); records malformed YAML as an error.
    static func parse(_ yaml: String, origin: YAMLFields.Origin, log: DiagnosticCollector) -> (ok: Bool, root: Node?) {
        do {
            // The basic resolver leaves every scalar a string: types are checked by `YAMLFields`, and
            // resolving ints, floats and dates with regular expressions was a tenth of the build.
            let parser = try Parser(yaml: yaml, resolver: .basic)
            let root = try parser.singleRoot()
            // An alias repeats a whole subtree: nine of them nested nine deep make a billion nodes to walk.
            // Editors never need them, so the first anchor (which precedes any alias to it) is an error.
            // Nodes hold their anchors weakly, and the parser owns them: keep it alive for the search.
            let anchored = withExtendedLifetime(parser) { root.flatMap(firstAnchored) }
            if let anchored {
                let line = (anchored.mark?.line ?? 1) + origin.lineOffset
                log.error(
                    .yamlAnchor, at: SourceLocation(path: origin.path, line: line, column: anchored.mark?.column ?? 1))
                return (false, nil)
            }
            return (true, root)
        } catch let error as YamlError {
            var (problem, yamlMark) = describe(error)
            var mark = yamlMark.map { Position(line: $0.line, column: $0.column) }
            if let yamlMark, let (clearer, place) = explain(problem, at: yamlMark, in: yaml, origin: origin) {
                problem = clearer
                mark = place
            }
            if case .duplicatedKeysInMapping(let keys, let context) = error, let key = keys.first {
                mark = repeatedKey(key, after: context.mark, in: yaml) ?? mark
            }
            let location =
                mark.map { SourceLocation(path: origin.path, line: $0.line + origin.lineOffset, column: $0.column) }
                ?? SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1)
            if case .duplicatedKeysInMapping(let keys, _) = error, let key = keys.first {
                log.error(.duplicateKey(key), at: location)
            } else {
                log.error(problem, at: location)
            }
        } catch {
            log.error(
                .malformedYAML("\(error)"),
                at: SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1))
        }
        return (false, nil)
    }

    /// The first node, in document order, that carries an anchor (`&name`).
    private static func firstAnchored(_ node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .scalar: return nil
        case .sequence(let sequence): return sequence.lazy.compactMap(firstAnchored).first
        case .mapping(let mapping):
            return mapping.lazy.compactMap { firstAnchored($0.key) ?? firstAnchored($0.value) }.first
        case .alias: return nil
        }
    }

    /// The parser's own words for `error`, as a problem, and where it happened.
    private static func describe(_ error: YamlError) -> (Problem, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level reached") {
                return (.malformedYAML("lists or mappings are nested too deeply"), mark)
            }
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // At the end of the text the problem's own place says little: point at what was left open.
            let place = problem.contains("end of stream") ? (context?.mark ?? mark) : mark
            return (.malformedYAML(text + hint(for: problem)), place)
        case .duplicatedKeysInMapping(let keys, let context):
            return (.malformedYAML("duplicate key \(keys.joined(separator: ", "))"), context.mark)
        case .reader(let problem, _, _, _):
            return (.malformedYAML(problem), nil)
        default:
            return (.malformedYAML("\(error)"), nil)
        }
    }

    /// What to do about the commonest YAML mistakes (a tab, a reserved first character, a line indented to no
    /// level above it), found from the text at `mark`; `nil` when the parser's words are all there is to say.
    private static func explain(
        _ problem: Problem, at mark: Mark, in yaml: String, origin: YAMLFields.Origin
    ) -> (Problem, Position)? {
        guard case .malformedYAML(let words) = problem else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(YAMLLevel.Line.init)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        let line = lines[mark.line - 1]
        let scalars = Array(line.text.unicodeScalars)
        let here = mark.column <= scalars.count ? scalars[mark.column - 1] : nil
        let position = Position(line: mark.line, column: mark.column)
        if words.contains("cannot start any token") || words.contains("tab character that violates indentation") {
            if here == "\t" {
                let isIndentation = scalars[..<(mark.column - 1)].allSatisfy { $0 == " " || $0 == "\t" }
                return (isIndentation ? .yamlTabIndent : .yamlTab, position)
            }
            if let here, here == "@" || here == "`" || here == "%" {
                return (.yamlReservedStart(String(here)), position)
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
            return (.yamlUnalignedLine(key: key, spaces: line.indentation, levels: levels), position)
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
                Position(line: mark.line, column: line.contentIndentation + 1)
            )
        }
        return nil
    }

    /// Where `key` is written again, at the same column, after its first use at `first` (Yams reports the first).
    private static func repeatedKey(_ key: String, after first: Mark, in yaml: String) -> Position? {
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
                return Position(line: index + 1, column: first.column)
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
