/// An indentation that YAML lines above a given line opened, and the last line that used it: what a
/// mis-indented line could line up with.
public struct YAMLLevel: Hashable, Sendable, Codable {
    /// The indentation in spaces.
    public var spaces: Int
    /// The last line (1-based, in the file) indented by `spaces` before the line in question.
    public var line: Int

    public init(spaces: Int, line: Int) {
        self.spaces = spaces
        self.line = line
    }

    /// One line of YAML text, as far as indentation goes.
    struct Line {
        var text: Substring
        /// The spaces before its first other character.
        var indentation: Int
        /// Where its key or value starts, after any list dashes (`- `): the level its content opens.
        var contentIndentation: Int
        /// Whether it holds nothing but spaces or a comment.
        var isBlank: Bool

        init(_ text: Substring) {
            self.text = text
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count, scalars[index] == " " { index += 1 }
            indentation = index
            isBlank = index == scalars.count || scalars[index] == "#"
            while index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
                index += 2
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
            contentIndentation = index
        }

        /// The key the line starts with (`name` in `  - name: x`), when it has one.
        var key: String? {
            let content = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(contentIndentation)))
            guard let colon = content.range(of: ":"), colon.lowerBound > content.startIndex else { return nil }
            let after = content[colon.upperBound...]
            guard after.isEmpty || after.hasPrefix(" ") else { return nil }
            let key = content[..<colon.lowerBound].trimmingCharacters(in: " ")
            return key.isEmpty || key.hasPrefix("#") ? nil : key
        }
    }

    /// The levels open above `lineIndex` (0-based) in `lines`, shallowest first: each line's indentation (and that
    /// of its content after a `- `) closes the deeper levels and opens its own.
    static func open(above lineIndex: Int, in lines: [Line], lineOffset: Int) -> [YAMLLevel] {
        var levels: [YAMLLevel] = []
        for index in 0..<min(lineIndex, lines.count) where !lines[index].isBlank {
            let line = lines[index]
            for spaces in [line.indentation, line.contentIndentation] {
                levels.removeAll { $0.spaces > spaces }
                if levels.last?.spaces == spaces { levels.removeLast() }
                levels.append(YAMLLevel(spaces: spaces, line: index + 1 + lineOffset))
            }
        }
        return levels
    }
}

extension StringProtocol {
    /// The text without `character` at either end.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        guard let start = firstIndex(where: { $0 != character }), let end = lastIndex(where: { $0 != character })
        else { return "" }
        return String(self[start...end])
    }
}
