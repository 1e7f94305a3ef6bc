import Yams

/// Parses YAML text into a node tree that remembers line and column, mapping errors to diagnostics.
enum YAMLDocument {
    /// The root node of `yaml` (or `nil` for an empty document); records malformed YAML as an error.
    static func parse(_ yaml: String, origin: YAMLFields.Origin, log: DiagnosticCollector) -> (ok: Bool, root: Node?) {
        do {
            return (true, try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            let location = mark.map { SourceLocation(path: origin.path, line: $0.line + origin.lineOffset, column: $0.column) }
                ?? SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1)
            if case .duplicatedKeysInMapping(let keys, _) = error, let key = keys.first {
                log.error(.duplicateKey(key), at: location)
            } else {
                log.error(.malformedYAML(problem), at: location)
            }
        } catch {
            log.error(.malformedYAML("\(error)"), at: SourceLocation(path: origin.path, line: origin.lineOffset + 1, column: 1))
        }
        return (false, nil)
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return (text + hint(for: problem), mark)
        case .duplicatedKeysInMapping(let keys, let context):
            return ("duplicate key \(keys.joined(separator: ", "))", context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
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
