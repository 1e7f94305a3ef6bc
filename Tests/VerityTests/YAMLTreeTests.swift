import Foundation
import Testing
import Yams

@testable import Verity

/// `YAMLTree` reads libyaml's events itself; Yams' composer, which it replaced, is the reference for every
/// message, place and value, so that no diagnostic changes.
@Suite("YAML tree")
struct YAMLTreeTests {
    /// What a parse gives, in terms both parsers share.
    enum Outcome: Equatable, CustomStringConvertible {
        /// Each node in document order: kind, text, plain or not, line, column and number of children.
        case nodes([String])
        /// A document that parsed but has an anchor: where the first anchor is.
        case anchored(line: Int, column: Int)
        case failure(YAMLTree.Failure)

        var description: String {
            switch self {
            case .nodes(let nodes): return nodes.joined(separator: "\n")
            case .anchored(let line, let column): return "anchor at \(line):\(column)"
            case .failure(let failure): return "\(failure)"
            }
        }
    }

    static func outcomeWithYams(_ yaml: String) -> Outcome {
        do {
            let parser = try Parser(yaml: yaml, resolver: .basic)
            let root = try parser.singleRoot()
            return withExtendedLifetime(parser) {
                if let anchored = root.flatMap(firstAnchored) {
                    return .anchored(line: anchored.mark?.line ?? 0, column: anchored.mark?.column ?? 0)
                }
                var nodes: [String] = []
                root.map { flatten($0, into: &nodes) }
                return .nodes(nodes)
            }
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                return .failure(
                    .syntax(
                        context: context?.text,
                        contextMark: context.map { YAMLTree.Mark(line: $0.mark.line, column: $0.mark.column) },
                        problem: problem, mark: YAMLTree.Mark(line: mark.line, column: mark.column)))
            case .duplicatedKeysInMapping(let keys, let context):
                return .failure(
                    .duplicateKeys(keys, first: YAMLTree.Mark(line: context.mark.line, column: context.mark.column)))
            case .reader(let problem, _, _, _):
                return .failure(.reader(problem: problem))
            default:
                return .failure(.other("\(error)"))
            }
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    private static func firstAnchored(_ node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .scalar, .alias: return nil
        case .sequence(let sequence): return sequence.lazy.compactMap(firstAnchored).first
        case .mapping(let mapping):
            return mapping.lazy.compactMap { firstAnchored($0.key) ?? firstAnchored($0.value) }.first
        }
    }

    private static func flatten(_ node: Node, into nodes: inout [String]) {
        let place = "\(node.mark?.line ?? 0):\(node.mark?.column ?? 0)"
        switch node {
        case .scalar(let scalar):
            nodes.append("scalar \(scalar.style == .plain) \(place) \(scalar.string.debugDescription)")
        case .sequence(let sequence):
            nodes.append("sequence \(place) \(sequence.count)")
            for item in sequence { flatten(item, into: &nodes) }
        case .mapping(let mapping):
            nodes.append("mapping \(place) \(mapping.count * 2)")
            for (key, value) in mapping {
                flatten(key, into: &nodes)
                flatten(value, into: &nodes)
            }
        case .alias:
            nodes.append("alias \(place)")
        }
    }

    static func outcome(_ yaml: String) -> Outcome {
        do {
            let tree = try YAMLTree(parsing: yaml)
            if let anchored = tree.nodes.first(where: \.hasAnchor) {
                return .anchored(line: Int(anchored.line), column: Int(anchored.column))
            }
            return .nodes(
                tree.nodes.indices.map { index in
                    let node = tree[index]
                    let place = "\(node.line):\(node.column)"
                    switch node.kind {
                    case .scalar: return "scalar \(node.isPlain) \(place) \(node.text.debugDescription)"
                    case .sequence: return "sequence \(place) \(tree.children(of: index).reduce(0) { n, _ in n + 1 })"
                    case .mapping: return "mapping \(place) \(tree.children(of: index).reduce(0) { n, _ in n + 1 })"
                    case .alias: return "alias \(place)"
                    }
                })
        } catch {
            return .failure(error)
        }
    }

    /// Documents that reach every check of the composer: aliases, anchors, tags, keys that are lists, several
    /// documents, nesting, and the scanner's and parser's errors.
    static let documents = [
        "", " ", "# only a comment\n", "---\n", "---\n...\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: 1\n... x\n",
        "~", "null", "\"null\"", "'~'", "a:\n", "a: ~\nb: null\nc: ''\n", "a: |\n  text\n  more\nb: >-\n  folded\n",
        "a: 1\na: 2\n", "b: 1\na: 1\nb: 2\na: 2\n", "a: 1\n\"a\": 2\n", "a: 1\n!!str a: 2\n", "a: 1\n!x a: 2\n",
        "!x a: 1\n!x a: 2\n", "! a: 1\na: 2\n", "? [a, b]\n: 1\n? [a, b]\n: 2\n", "? {a: 1}\n: x\n? {a: 1}\n: y\n",
        "? [a]\n: 1\n? !t [a]\n: 2\n", "? [a]\n: 1\na: 2\na: 3\n", "x: &a k\n*a : 1\nk: 2\n", "a: *nope\n",
        "a: &x [1, *x]\n", "a: &x 1\nb: *x\n", "&r {a: 1, a: 2}\n", "a: {b: 1, b: 2}\nc: 1\nc: 2\n",
        "a: [1, {b: 1, b: 1}]\n", "a: b: c\n", "title: \"A check\n", "a:\n\t- b\n", "a: @x\n", "a: `x\n",
        "a: %x\n", "a: [1, 2\n", "a: {b: 1\n", "- a\nb: 1\n", "a: 1\n  b: 2\n", "a:\n  - b\n - c\n",
        "\u{FEFF}a: 1\n", "a: \u{FEFF}\u{FEFF}x\n", "\u{FEFF}: 1\n", "a: \"\u{FEFF}\"\n", "a: x\u{FEFF}\n",
        "a: \"\\x80\\u00e9\\0\"\n", "a: \"\\ud800\"\n", "é: 1\ne\u{301}: 2\n", "a: 'it''s'\n",
        "%YAML 1.1\n---\na: 1\n", "%FOO bar\n---\na: 1\n", "!!map {a: 1}\n", "!!seq [a]\n", "a: !!int 1\n",
        "a:\r\n  b: 1\r\n", "a: 1 # c\n#d\n", "? a\n? a\n", "{a, a}\n", "[a: 1, a: 2]\n", "a: &x\n  - 1\nb: *x\n",
        String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000),
        String(repeating: "- ", count: 1_200) + "x\n",
    ]

    @Test("documents that reach every check read as Yams read them")
    func documentsMatchYams() {
        for yaml in Self.documents {
            let expected = Self.outcomeWithYams(yaml)
            let actual = Self.outcome(yaml)
            #expect(actual == expected, "for \(yaml.debugDescription)")
        }
    }

    @Test("randomly damaged front matter reads as Yams read it")
    func damagedFrontMatterMatchesYams() throws {
        let content = TestSite.repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site/content")
        let originals = try [
            "articles/bridge-claim.md", "articles/older.md", "pages/about.md", "site.yml",
        ].map { try String(contentsOf: content.appendingPathComponent($0), encoding: .utf8) }
        var mutator = Mutator(generator: SeededGenerator(seed: FuzzTests.seed))
        for _ in 0..<FuzzTests.iterations {
            let original = originals.randomElement(using: &mutator.generator) ?? ""
            let yaml = mutator.mutate(original.hasPrefix("---\n") ? String(original.dropFirst(4)) : original)
            let expected = Self.outcomeWithYams(yaml)
            let actual = Self.outcome(yaml)
            #expect(actual == expected, "for \(yaml.debugDescription)")
            if actual != expected { return }
        }
    }

    // Comparing 200,000 keys pairwise would take minutes: this test is quick only if repeats are found through a set.
    @Test("a mapping with 200,000 keys is read, and a key written again at its end is found")
    func manyKeys() throws {
        let count = 200_000
        var yaml = (0..<count).map { "key\($0): \($0)\n" }.joined()
        let tree = try YAMLTree(parsing: yaml)
        let root = try #require(tree.root)
        #expect(tree.pairs(of: root).count == count)
        #expect(tree.scalarText(tree.pairs(of: root)[count - 1].value) == "\(count - 1)")
        yaml += "key7: again\n"
        #expect(throws: YAMLTree.Failure.duplicateKeys(["key7"], first: YAMLTree.Mark(line: 8, column: 1))) {
            try YAMLTree(parsing: yaml)
        }
    }

    @Test("900 nested mappings are read, and walked level by level")
    func deepNesting() throws {
        let depth = 900
        let yaml =
            (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
            + String(repeating: " ", count: depth) + "leaf"
        let tree = try YAMLTree(parsing: yaml)
        var node = try #require(tree.root)
        for level in 0..<depth {
            #expect(tree[node].kind == .mapping)
            #expect(Int(tree[node].end) == tree.nodes.count)
            let pairs = tree.pairs(of: node)
            #expect(pairs.count == 1)
            #expect(tree.scalarText(pairs[0].key) == "k\(level)")
            node = pairs[0].value
        }
        #expect(tree.scalarText(node) == "leaf")
        #expect(tree[node].line == Int32(depth + 1))
    }
}
