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
            let (problem, yamlMark) = describe(error)
            var mark = yamlMark.map { Position(line: $0.line, column: $0.column) }
            if case .duplicatedKeysInMapping(let keys, let context) = error, let key = keys.first {
                mark = repeatedKey(key, after: context.mark, in: yaml) ?? mark
            }
            let location =
                mark.map { SourceLocation(path: origin.path, line: $0.line + origin.lineOffset, column: $0.column) }
                ?? SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1)
            if case .duplicatedKeysInMapping(let keys, _) = error, let key = keys.first {
                log.error(.duplicateKey(key), at: location)
            } else {
                log.error(.malformedYAML(problem), at: location)
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

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level reached") {
                return ("lists or mappings are nested too deeply", mark)
            }
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // At the end of the text the problem's own place says little: point at what was left open.
            let place = problem.contains("end of stream") ? (context?.mark ?? mark) : mark
            return (text + hint(for: problem), place)
        case .duplicatedKeysInMapping(let keys, let context):
            return ("duplicate key \(keys.joined(separator: ", "))", context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
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
