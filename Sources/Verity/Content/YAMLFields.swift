import Yams

/// One YAML mapping from front matter or site.yml, read key by key with every problem recorded.
///
/// Unknown keys are reported when the fields are created; each accessor reports a missing,
/// empty or ill-typed value at the value's line and column in the file.
struct YAMLFields {
    /// Where the YAML text sits in its file.
    struct Origin {
        var path: String
        /// Added to a YAML line number to get the file's line number.
        var lineOffset: Int

        func location(of node: Node) -> SourceLocation {
            guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
            return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
    }

    let origin: Origin
    let log: DiagnosticCollector
    /// Where to report a missing key: the mapping itself, or the line that introduced it.
    let location: SourceLocation
    private var entries: [String: (key: Node, value: Node)] = [:]

    /// Reads `node` as a mapping allowing only `allowedKeys`; returns `nil` (with an error) when it is not a mapping.
    init?(
        _ node: Node?, name: String, allowedKeys: [String], origin: Origin, log: DiagnosticCollector,
        location: SourceLocation
    ) {
        self.origin = origin
        self.log = log
        self.location = location
        guard let node else { return }
        guard case .mapping(let mapping) = node else {
            if Self.isNull(node) { return }
            log.error(.wrongType(key: name, expected: "a set of 'key: value' lines"), at: origin.location(of: node))
            return nil
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.error(.malformedYAML("a key must be plain text"), at: origin.location(of: key))
                continue
            }
            let text = scalar.string
            if !allowedKeys.contains(text) {
                log.error(
                    .unknownKey(text, suggestion: Suggestion.closest(to: text, in: allowedKeys)),
                    at: origin.location(of: key))
            } else if entries[text] != nil {
                log.error(.duplicateKey(text), at: origin.location(of: key))
            } else {
                entries[text] = (key, value)
            }
        }
    }

    /// The value node of `key`, when present and not null.
    func node(_ key: String) -> Node? {
        guard let value = entries[key]?.value, !Self.isNull(value) else { return nil }
        return value
    }

    /// Whether `node` is YAML's null: nothing, `~` or `null` written without quotes.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The location of `key`'s value (or of the mapping when it is absent).
    func location(of key: String) -> SourceLocation {
        entries[key].map { origin.location(of: $0.value) } ?? location
    }

    /// The location of `key` itself.
    func keyLocation(of key: String) -> SourceLocation {
        entries[key].map { origin.location(of: $0.key) } ?? location
    }

    /// Records that a required key is missing.
    func reportMissing(_ key: String) {
        log.error(.missingKey(key), at: location)
    }

    /// A scalar's trimmed text, or an error when the value is a list or a mapping.
    func scalarText(_ node: Node, key: String, expected: String = "text") -> String? {
        switch node {
        case .scalar(let scalar):
            // YAML escapes ("\a", "\0") can produce what the file itself may not contain.
            if let character = SourceFile.firstForbiddenScalar(in: scalar.string) {
                log.error(
                    .controlCharacterInValue(key: key, scalar: character.scalar.value), at: origin.location(of: node))
                return nil
            }
            return scalar.string.trimmingWhitespace()
        default:
            log.error(.wrongType(key: key, expected: expected), at: origin.location(of: node))
        }
        return nil
    }

    /// A text value; `nil` after an error when it is required and missing or empty.
    func string(_ key: String, required: Bool) -> String? {
        guard let node = node(key) else {
            if required, let written = entries[key] {
                log.error(.emptyValue(key), at: origin.location(of: written.value))
            } else if required {
                reportMissing(key)
            }
            return nil
        }
        guard let text = scalarText(node, key: key) else { return nil }
        if text.isEmpty {
            if required { log.error(.emptyValue(key), at: origin.location(of: node)) }
            return nil
        }
        return text
    }

    /// A date value (`YYYY-MM-DD` or RFC 3339 with an offset).
    func date(_ key: String, required: Bool) -> ContentDate? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        do {
            return try ContentDate(parsing: text)
        } catch {
            log.error(.invalidDate(key: key, value: text, flaw: error), at: origin.location(of: node))
            return nil
        }
    }

    /// A `true`/`false` value; absent means `defaultValue`.
    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        guard let node = node(key), let text = scalarText(node, key: key, expected: "true or false") else {
            return defaultValue
        }
        switch text {
        case "true": return true
        case "false": return false
        default:
            log.error(.invalidBoolean(key: key, value: text), at: origin.location(of: node))
            return defaultValue
        }
    }

    /// A whole-number value; absent means `defaultValue`.
    func int(_ key: String, default defaultValue: Int) -> Int {
        guard let node = node(key), let text = scalarText(node, key: key, expected: "a whole number") else {
            return defaultValue
        }
        guard let value = Int(text) else {
            log.error(.invalidInteger(key: key, value: text), at: origin.location(of: node))
            return defaultValue
        }
        return value
    }

    /// An identifier (`[a-z0-9-]+`) such as a slug, tag, source id or claim id.
    func identifier(_ key: String, required: Bool, kind: String? = nil) -> String? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard Identifier.isValid(text) else {
            log.error(.invalidIdentifier(key: kind ?? key, value: text), at: origin.location(of: node))
            return nil
        }
        return text
    }

    /// An absolute http(s) URL.
    func url(_ key: String, required: Bool) -> WebURL? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard let url = WebURL(text) else {
            log.error(.invalidURL(key: key, value: text), at: origin.location(of: node))
            return nil
        }
        return url
    }

    /// A list of value nodes (a YAML sequence), or an error when the value is something else.
    func sequence(_ key: String, expected: String) -> [Node]? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            log.error(.wrongType(key: key, expected: expected), at: origin.location(of: node))
            return nil
        }
        return Array(sequence)
    }

    /// A list of identifiers, each checked, such as tags or a claim's source ids.
    func identifierList(_ key: String, kind: String) -> [(id: String, location: SourceLocation)]? {
        guard let items = sequence(key, expected: "a list such as [\(kind)-a, \(kind)-b]") else { return nil }
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let text = scalarText(item, key: key, expected: "a list of \(kind)s") else { continue }
            let location = origin.location(of: item)
            guard Identifier.isValid(text) else {
                log.error(.invalidIdentifier(key: kind, value: text), at: location)
                continue
            }
            result.append((text, location))
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
