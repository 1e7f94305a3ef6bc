// The only file that talks to libyaml: nothing else sees its types.
private import CYaml

/// One YAML document as a flat list of nodes in document order, read from libyaml's events.
///
/// A node's children follow it directly and `end` is the index after its last descendant, so a decoder walks
/// the document in one pass and skips a subtree in one step; there is no object per node. Every scalar is
/// text (YAML's basic schema): types are checked by `YAMLFields`.
struct YAMLTree: Sendable {
    /// One scalar, list or mapping (or an alias, which only a failed document holds).
    struct Node: Sendable {
        enum Kind: UInt8, Sendable {
            case scalar, sequence, mapping, alias
        }

        var kind: Kind
        /// Whether a scalar is written without quotes or `|`/`>`: only such a scalar can be YAML's null.
        var isPlain: Bool
        /// Whether the node carries an anchor (`&name`).
        var hasAnchor: Bool
        /// The 1-based line and column where the node starts (at its anchor or tag when it has one).
        var line: Int32
        var column: Int32
        /// The index after the node's last descendant.
        var end: Int32
        /// A scalar's text; empty for the other kinds.
        var text: String
    }

    /// A 1-based line and column in the YAML text.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    /// Why a text is not one YAML document, in libyaml's words (and Yams', where Yams' composer checks more).
    enum Failure: Error, Equatable {
        /// Text that cannot be decoded; it has no place.
        case reader(problem: String)
        /// A scanner, parser or composer error: what was open (`context`), what went wrong, and where.
        case syntax(context: String?, contextMark: Mark?, problem: String, mark: Mark)
        /// Keys written twice in one mapping, sorted, and where the first of them is first written.
        case duplicateKeys([String], first: Mark)
        /// Anything else libyaml reports (it runs out of memory).
        case other(String)
    }

    /// The nodes in document order; the root is the first, and there is none for an empty document.
    let nodes: [Node]

    /// The root node's index, or `nil` for an empty document.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    subscript(index: Int) -> Node { nodes[index] }

    /// Parses `yaml`, which must hold at most one document.
    init(parsing yaml: String) throws(Failure) {
        var text = yaml
        let read: Result<[Node], Failure> = text.withUTF8 { bytes in
            var builder = YAMLTreeBuilder()
            do throws(Failure) {
                try builder.read(bytes)
                return .success(builder.nodes)
            } catch {
                return .failure(error)
            }
        }
        nodes = try read.get()
    }

    /// An empty document.
    init() {
        nodes = []
    }

    /// The direct children of the node at `index`, in order: a list's items, or a mapping's keys and values
    /// alternately.
    func children(of index: Int) -> Children {
        Children(nodes: nodes, position: index + 1, end: Int(nodes[index].end))
    }

    /// A mapping's key and value indexes, in order.
    func pairs(of index: Int) -> [(key: Int, value: Int)] {
        var result: [(key: Int, value: Int)] = []
        var iterator = children(of: index)
        while let key = iterator.next(), let value = iterator.next() {
            result.append((key, value))
        }
        return result
    }

    /// The text of the node at `index` when it is a scalar.
    func scalarText(_ index: Int) -> String? {
        nodes[index].kind == .scalar ? nodes[index].text : nil
    }

    /// Whether the node at `index` is YAML's null: nothing, `~` or `null` written without quotes.
    func isNull(_ index: Int) -> Bool {
        let node = nodes[index]
        guard node.kind == .scalar, node.isPlain else { return false }
        switch node.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The indexes of a node's children, found by skipping each child's subtree.
    struct Children: Sequence, IteratorProtocol {
        let nodes: [Node]
        var position: Int
        let end: Int

        mutating func next() -> Int? {
            guard position < end else { return nil }
            defer { position = Int(nodes[position].end) }
            return position
        }
    }
}

/// Builds a `YAMLTree` from libyaml's events, checking what the parser leaves to its caller: a single
/// document, defined aliases and unique keys.
///
/// The checks are those of Yams' composer (`YAMLTreeTests` compares the two), so that every diagnostic reads as
/// the error catalogue says: an alias names an anchor whose node is complete, a mapping's keys are compared when
/// it ends (its innermost first), and keys are equal when their text and tag are (a list or mapping as a key by
/// its contents).
private struct YAMLTreeBuilder {
    /// A list or mapping whose end has not been read yet.
    private struct Open {
        var index: Int
        var isMapping: Bool
        /// Where its keys start in `keys`.
        var keysStart: Int
        var childCount: Int
        var anchor: String?
    }

    /// How far the document has been read.
    private enum Stage {
        case streamStart, documentStart, nodes, documentEnd, streamEnd, done
    }

    private(set) var nodes: [YAMLTree.Node] = []
    private var open: [Open] = []
    /// The key indexes of every open mapping, one after the other.
    private var keys: [Int] = []
    private var stage = Stage.streamStart
    /// Rarely used, so kept aside: anchors and the nodes they name, each alias's node, and each tag that makes a
    /// node differ from untagged text, lists and mappings.
    private var anchors: [String: Int] = [:]
    private var aliasTargets: [Int: Int] = [:]
    private var tags: [Int: String] = [:]

    private static let stringTag = "tag:yaml.org,2002:str"
    private static let sequenceTag = "tag:yaml.org,2002:seq"
    private static let mappingTag = "tag:yaml.org,2002:map"

    /// Reads the UTF-8 text `bytes` into `nodes`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLTree.Failure) {
        // No text is no document (libyaml wants an address even for no bytes).
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw .other("Memory error") }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, bytes.count)
        while stage != .done {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.failure(of: parser) }
            defer { yaml_event_delete(&event) }
            try take(event)
        }
    }

    /// Takes one event, in the order Yams' `Parser.singleRoot()` does.
    private mutating func take(_ event: yaml_event_t) throws(YAMLTree.Failure) {
        switch stage {
        case .streamStart:
            stage = .documentStart
        case .documentStart:
            stage = event.type == YAML_STREAM_END_EVENT ? .done : .nodes
        case .nodes:
            try takeNode(event)
        case .documentEnd:
            stage = .streamEnd
        case .streamEnd:
            guard event.type == YAML_STREAM_END_EVENT else {
                throw .syntax(
                    context: "expected a single document in the stream", contextMark: YAMLTree.Mark(line: 1, column: 1),
                    problem: "but found another document", mark: Self.mark(event.start_mark))
            }
            stage = .done
        case .done:
            break
        }
    }

    private mutating func takeNode(_ event: yaml_event_t) throws(YAMLTree.Failure) {
        let index = nodes.count
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            var bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            // Yams' composer decodes values with Foundation, which drops a byte order mark that starts one.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            let text = bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
            append(.scalar, event, text: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, anchor: scalar.anchor)
            // A quoted scalar without a tag is text, as is a plain one (the basic schema resolves nothing else).
            if scalar.quoted_implicit == 0, let tag = Self.string(scalar.tag), tag != "!", tag != Self.stringTag {
                tags[index] = tag
            }
            if let anchor = Self.string(scalar.anchor) { anchors[anchor] = index }
            complete(index)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw .syntax(
                    context: nil, contextMark: nil, problem: "found undefined alias", mark: Self.mark(event.start_mark))
            }
            append(.alias, event, text: "", isPlain: false, anchor: nil)
            aliasTargets[index] = target
            complete(index)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            openCollection(.sequence, event, anchor: start.anchor, tag: start.implicit == 0 ? start.tag : nil)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            openCollection(.mapping, event, anchor: start.anchor, tag: start.implicit == 0 ? start.tag : nil)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let closed = open.popLast() else { return }
            nodes[closed.index].end = Int32(clamping: nodes.count)
            if closed.isMapping {
                try checkKeys(keys[closed.keysStart...])
                keys.removeSubrange(closed.keysStart...)
            }
            if let anchor = closed.anchor { anchors[anchor] = closed.index }
            complete(closed.index)
        default:
            break
        }
    }

    private mutating func append(
        _ kind: YAMLTree.Node.Kind, _ event: yaml_event_t, text: String, isPlain: Bool,
        anchor: UnsafeMutablePointer<UInt8>?
    ) {
        let index = nodes.count
        nodes.append(
            YAMLTree.Node(
                kind: kind, isPlain: isPlain, hasAnchor: anchor != nil,
                line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1),
                end: Int32(clamping: index + 1), text: text))
    }

    /// Starts a list or a mapping; `tag` is the one written on it, if any (its own standard tag counts as none).
    private mutating func openCollection(
        _ kind: YAMLTree.Node.Kind, _ event: yaml_event_t, anchor: UnsafeMutablePointer<UInt8>?,
        tag: UnsafeMutablePointer<UInt8>?
    ) {
        let index = nodes.count
        append(kind, event, text: "", isPlain: false, anchor: anchor)
        let isMapping = kind == .mapping
        if let tag = Self.string(tag), tag != "!", tag != (isMapping ? Self.mappingTag : Self.sequenceTag) {
            tags[index] = tag
        }
        open.append(
            Open(index: index, isMapping: isMapping, keysStart: keys.count, childCount: 0, anchor: Self.string(anchor)))
    }

    /// Files the finished node at `index` under the list or mapping it belongs to.
    private mutating func complete(_ index: Int) {
        guard let last = open.indices.last else {
            stage = .documentEnd
            return
        }
        if open[last].isMapping, open[last].childCount % 2 == 0 { keys.append(index) }
        open[last].childCount += 1
    }

    // MARK: - Duplicate keys

    /// What makes two keys equal: a text key by its text, any other by its kinds, tags and texts in order.
    private enum KeyIdentity: Hashable {
        case text(String)
        case other([Part])

        struct Part: Hashable {
            var kind: YAMLTree.Node.Kind
            var tag: String?
            var text: String
            /// Marks the end of a list or mapping.
            var isEnd: Bool
        }
    }

    /// Throws `duplicateKeys` when two of `keys` are equal.
    ///
    /// Text keys are compared directly (through a set in a long mapping); only a mapping with other keys, or with a
    /// repeated key, works out every key's identity.
    private func checkKeys(_ keys: ArraySlice<Int>) throws(YAMLTree.Failure) {
        guard keys.count > 1 else { return }
        if keys.allSatisfy({ nodes[$0].kind == .scalar && (tags.isEmpty || tags[$0] == nil) }) {
            // Comparing a few short texts pairwise is cheaper than hashing them into a set.
            if keys.count <= 16 {
                var repeated = false
                for i in keys.indices where !repeated {
                    repeated = keys[(i + 1)...].contains { nodes[$0].text == nodes[keys[i]].text }
                }
                if !repeated { return }
            } else {
                var seen = Set<String>(minimumCapacity: keys.count)
                if keys.allSatisfy({ seen.insert(nodes[$0].text).inserted }) { return }
            }
        }
        // Each identity with the key that first has it (an alias stands for its node) and how often it occurs.
        var groups: [KeyIdentity: (first: Int, count: Int)] = [:]
        var order: [KeyIdentity] = []
        for key in keys {
            let identity = identity(of: key)
            if let group = groups[identity] {
                groups[identity] = (group.first, group.count + 1)
            } else {
                groups[identity] = (resolved(key), 1)
                order.append(identity)
            }
        }
        let repeated = order.compactMap { groups[$0] }.filter { $0.count > 1 }.map(\.first)
        guard !repeated.isEmpty else { return }
        // Yams sorts the repeated keys: texts in order, before keys that are not text.
        let sorted = repeated.enumerated().sorted { lhs, rhs in
            switch (nodes[lhs.element].kind == .scalar, nodes[rhs.element].kind == .scalar) {
            case (true, true): return nodes[lhs.element].text < nodes[rhs.element].text
            case (true, false): return true
            case (false, true): return false
            case (false, false): return lhs.offset < rhs.offset
            }
        }.map(\.element)
        let names = sorted.map { nodes[$0].kind == .scalar ? nodes[$0].text : "<uncovertable>" }
        let first = nodes[sorted[0]]
        throw .duplicateKeys(names, first: YAMLTree.Mark(line: Int(first.line), column: Int(first.column)))
    }

    /// The node an alias stands for, or `index` itself.
    private func resolved(_ index: Int) -> Int {
        var index = index
        while nodes[index].kind == .alias, let target = aliasTargets[index] { index = target }
        return index
    }

    private func identity(of key: Int) -> KeyIdentity {
        let index = resolved(key)
        if nodes[index].kind == .scalar, tags[index] == nil { return .text(nodes[index].text) }
        var parts: [KeyIdentity.Part] = []
        appendParts(of: index, to: &parts)
        return .other(parts)
    }

    private func appendParts(of index: Int, to parts: inout [KeyIdentity.Part]) {
        let index = resolved(index)
        let node = nodes[index]
        parts.append(KeyIdentity.Part(kind: node.kind, tag: tags[index], text: node.text, isEnd: false))
        guard node.kind != .scalar else { return }
        var child = index + 1
        while child < Int(node.end) {
            appendParts(of: child, to: &parts)
            child = Int(nodes[child].end)
        }
        parts.append(KeyIdentity.Part(kind: node.kind, tag: nil, text: "", isEnd: true))
    }

    // MARK: - libyaml values

    private static func mark(_ mark: yaml_mark_t) -> YAMLTree.Mark {
        YAMLTree.Mark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The parser's error, as Yams words it.
    private static func failure(of parser: yaml_parser_t) -> YAMLTree.Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { String(cString: $0) }
            return .syntax(
                context: context, contextMark: context == nil ? nil : mark(parser.context_mark), problem: problem,
                mark: mark(parser.problem_mark))
        default:
            return .other("Memory error")
        }
    }
}
