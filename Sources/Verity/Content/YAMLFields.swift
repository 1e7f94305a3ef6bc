/// One YAML mapping from front matter or site.yml, read key by key with every problem recorded.
///
/// Unknown keys are reported when the fields are created; each accessor reports a missing,
/// empty or ill-typed value at the value's line and column in the file. Nodes are indexes into `tree`.
struct YAMLFields {
    /// Where the YAML text sits in its file.
    struct Origin {
        var path: String
        /// Added to a YAML line number to get the file's line number.
        var lineOffset: Int

        func location(of node: YAMLTree.Node) -> SourceLocation {
            SourceLocation(path: path, line: Int(node.line) + lineOffset, column: Int(node.column))
        }
    }

    let tree: YAMLTree
    let origin: Origin
    let log: DiagnosticCollector
    /// Where to report a missing key: the mapping itself, or the line that introduced it.
    let location: SourceLocation
    private let allowedKeys: [String]
    /// The key and value of each allowed key that is written, in the order of `allowedKeys`.
    private var entries: [(key: Int, value: Int)?]

    /// Reads `node` as a mapping allowing only `allowedKeys`; returns `nil` (with an error) when it is not a mapping.
    init?(
        _ node: Int?, in tree: YAMLTree, name: String, allowedKeys: [String], origin: Origin,
        log: DiagnosticCollector, location: SourceLocation
    ) {
        self.tree = tree
        self.origin = origin
        self.log = log
        self.location = location
        self.allowedKeys = allowedKeys
        entries = Array(repeating: nil, count: allowedKeys.count)
        guard let node else { return }
        guard tree[node].kind == .mapping else {
            if tree.isNull(node) { return }
            log.error(
                .wrongType(key: name, expected: "a set of 'key: value' lines"), at: origin.location(of: tree[node]))
            return nil
        }
        var children = tree.children(of: node)
        while let key = children.next(), let value = children.next() {
            guard let text = tree.scalarText(key) else {
                log.error(.malformedYAML("a key must be plain text"), at: origin.location(of: tree[key]))
                continue
            }
            if let slot = allowedKeys.firstIndex(of: text) {
                if entries[slot] != nil {
                    log.error(.duplicateKey(text), at: origin.location(of: tree[key]))
                } else {
                    entries[slot] = (key, value)
                }
            } else {
                log.error(
                    .unknownKey(text, suggestion: Suggestion.closest(to: text, in: allowedKeys)),
                    at: origin.location(of: tree[key]))
            }
        }
    }

    /// The fields of `node`, a mapping inside this one, allowing only `allowedKeys`; `nil` (with an error)
    /// when it is not a mapping.
    func fields(
        of node: Int, name: String, allowedKeys: [String], location: SourceLocation
    ) -> YAMLFields? {
        YAMLFields(node, in: tree, name: name, allowedKeys: allowedKeys, origin: origin, log: log, location: location)
    }

    private func entry(_ key: String) -> (key: Int, value: Int)? {
        allowedKeys.firstIndex(of: key).flatMap { entries[$0] }
    }

    /// The value node of `key`, when present and not null.
    func node(_ key: String) -> Int? {
        guard let value = entry(key)?.value, !tree.isNull(value) else { return nil }
        return value
    }

    /// Whether `key` is written, even with an empty or null value.
    func isWritten(_ key: String) -> Bool {
        entry(key) != nil
    }

    /// The location of `node` in the file.
    func location(ofNode node: Int) -> SourceLocation {
        origin.location(of: tree[node])
    }

    /// The location of `key`'s value (or of the mapping when it is absent).
    func location(of key: String) -> SourceLocation {
        entry(key).map { location(ofNode: $0.value) } ?? location
    }

    /// The location of `key` itself.
    func keyLocation(of key: String) -> SourceLocation {
        entry(key).map { location(ofNode: $0.key) } ?? location
    }

    /// Records that a required key is missing.
    func reportMissing(_ key: String) {
        log.error(.missingKey(key), at: location)
    }

    /// A scalar's trimmed text, or an error when the value is a list or a mapping.
    func scalarText(_ node: Int, key: String, expected: String = "text") -> String? {
        guard let text = tree.scalarText(node) else {
            log.error(.wrongType(key: key, expected: expected), at: location(ofNode: node))
            return nil
        }
        // YAML escapes ("\a", "\0") can produce what the file itself may not contain.
        if let character = SourceFile.firstForbiddenScalar(in: text) {
            log.error(.controlCharacterInValue(key: key, scalar: character.scalar.value), at: location(ofNode: node))
            return nil
        }
        return text.trimmingWhitespace()
    }

    /// A text value; `nil` after an error when it is required and missing or empty.
    func string(_ key: String, required: Bool) -> String? {
        guard let node = node(key) else {
            if required, let written = entry(key) {
                log.error(.emptyValue(key), at: location(ofNode: written.value))
            } else if required {
                reportMissing(key)
            }
            return nil
        }
        guard let text = scalarText(node, key: key) else { return nil }
        if text.isEmpty {
            if required { log.error(.emptyValue(key), at: location(ofNode: node)) }
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
            log.error(.invalidDate(key: key, value: text, flaw: error), at: location(ofNode: node))
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
            log.error(.invalidBoolean(key: key, value: text), at: location(ofNode: node))
            return defaultValue
        }
    }

    /// A whole-number value; absent means `defaultValue`.
    func int(_ key: String, default defaultValue: Int) -> Int {
        guard let node = node(key), let text = scalarText(node, key: key, expected: "a whole number") else {
            return defaultValue
        }
        guard let value = Int(text) else {
            log.error(.invalidInteger(key: key, value: text), at: location(ofNode: node))
            return defaultValue
        }
        return value
    }

    /// An identifier (`[a-z0-9-]+`) such as a slug, tag, source id or claim id.
    func identifier(_ key: String, required: Bool, kind: String? = nil) -> String? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard Identifier.isValid(text) else {
            log.error(.invalidIdentifier(key: kind ?? key, value: text), at: location(ofNode: node))
            return nil
        }
        return text
    }

    /// An absolute http(s) URL.
    func url(_ key: String, required: Bool) -> WebURL? {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        guard let url = WebURL(text) else {
            log.error(.invalidURL(key: key, value: text), at: location(ofNode: node))
            return nil
        }
        return url
    }

    /// A list of value nodes (a YAML sequence), or an error when the value is something else.
    func sequence(_ key: String, expected: String) -> YAMLTree.Children? {
        guard let node = node(key) else { return nil }
        guard tree[node].kind == .sequence else {
            log.error(.wrongType(key: key, expected: expected), at: location(ofNode: node))
            return nil
        }
        return tree.children(of: node)
    }

    /// A list of identifiers, each checked, such as tags or a claim's source ids.
    func identifierList(_ key: String, kind: String) -> [(id: String, location: SourceLocation)]? {
        guard let items = sequence(key, expected: "a list such as [\(kind)-a, \(kind)-b]") else { return nil }
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let text = scalarText(item, key: key, expected: "a list of \(kind)s") else { continue }
            let itemLocation = location(ofNode: item)
            guard Identifier.isValid(text) else {
                log.error(.invalidIdentifier(key: kind, value: text), at: itemLocation)
                continue
            }
            result.append((text, itemLocation))
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
